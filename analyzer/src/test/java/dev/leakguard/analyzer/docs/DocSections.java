package dev.leakguard.analyzer.docs;

import dev.leakguard.analyzer.cli.Main;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionAlias;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of every generated documentation block, from core's option table
 * ({@link LeakguardOption}), {@link RuleId}, the command line's help and the report golden files.
 * A block is named {@code <section>} or {@code <section> <argument>}.
 */
final class DocSections {
  private final Path repositoryRoot;

  DocSections(Path repositoryRoot) {
    this.repositoryRoot = repositoryRoot;
  }

  /** The block named {@code name}, without a trailing newline. */
  String render(String name) {
    String[] parts = name.split(" ", 2);
    String argument = parts.length > 1 ? parts[1] : "";
    return switch (parts[0]) {
      case "rules" -> rules(argument);
      case "options" -> options();
      case "cli-usage" -> fenced(help());
      case "maven-options" -> mavenOptions();
      case "pmd-properties" -> pmdProperties();
      case "errorprone-flags" -> errorProneFlags();
      case "rule-options" -> ruleOptions();
      case "conformance-options" -> conformanceOptions();
      case "sample" -> fenced(golden(argument));
      default -> throw new IllegalArgumentException("no generated section '" + parts[0] + "'");
    };
  }

  /** Every rule: id linking to its page ({@code docs} is the path from the document to docs/rules/), summary. */
  private static String rules(String docs) {
    List<String> rows = new ArrayList<>(List.of("| rule id | flags |", "| --- | --- |"));
    for (RuleId r : RuleId.values()) {
      rows.add("| [`" + r.id() + "`](" + docs + r.id() + ".md) | " + r.description() + " |");
    }
    return String.join("\n", rows);
  }

  /** The overview: each option's name in every front end. */
  private static String options() {
    List<String> rows = new ArrayList<>(List.of(
        "| option (PMD property, Maven parameter) | default | Maven user property | Error Prone flag | CLI | meaning |",
        "| --- | --- | --- | --- | --- | --- |"));
    for (LeakguardOption o : LeakguardOption.values()) {
      rows.add("| `" + o.key() + "` | " + defaultText(o) + " | `" + o.userProperty() + "` | `-XepOpt:" + o.errorProneFlag()
          + "` | `" + o.cliOption() + "` | " + o.description() + " |");
      for (OptionAlias a : o.aliases()) {
        rows.add("| `" + a.name() + "` (alias) | " + aliasDefault(o, a) + " | `" + a.userProperty() + "` | `-XepOpt:"
            + a.errorProneFlag() + "` | `" + a.cliOption() + "` | " + a.description() + " |");
      }
    }
    return String.join("\n", rows);
  }

  private static String mavenOptions() {
    List<String> rows = new ArrayList<>(List.of("| parameter | user property | default | meaning |", "| --- | --- | --- | --- |"));
    for (LeakguardOption o : LeakguardOption.values()) {
      rows.add("| `" + o.mavenParameter() + "` | `" + o.userProperty() + "` | " + defaultText(o) + " | " + o.description() + " |");
      for (OptionAlias a : o.aliases()) {
        rows.add("| `" + a.name() + "` | `" + a.userProperty() + "` | " + aliasDefault(o, a) + " | " + a.description() + " |");
      }
    }
    return String.join("\n", rows);
  }

  private static String pmdProperties() {
    List<String> rows = new ArrayList<>(List.of("| property | default | meaning |", "| --- | --- | --- |"));
    for (LeakguardOption o : LeakguardOption.values()) {
      rows.add("| `" + o.pmdProperty() + "` | " + defaultText(o) + " | " + o.description() + " |");
      for (OptionAlias a : o.aliases()) {
        rows.add("| `" + a.name() + "` | " + aliasDefault(o, a) + " | " + a.description() + " |");
      }
    }
    return String.join("\n", rows);
  }

  private static String errorProneFlags() {
    List<String> rows = new ArrayList<>(List.of("| flag | default | meaning |", "| --- | --- | --- |"));
    for (LeakguardOption o : LeakguardOption.values()) {
      rows.add("| `-XepOpt:" + o.errorProneFlag() + "=" + o.example() + "` | " + defaultText(o) + " | " + o.description() + " |");
      for (OptionAlias a : o.aliases()) {
        rows.add("| `-XepOpt:" + a.errorProneFlag() + "=true` | " + aliasDefault(o, a) + " | " + a.description() + " |");
      }
    }
    return String.join("\n", rows);
  }

  /** The options table of a rule page: every front end's spelling. */
  private static String ruleOptions() {
    List<String> rows = new ArrayList<>(List.of(
        "| option | default | Error Prone flag | PMD property / Maven parameter (user property) | CLI | meaning |",
        "| --- | --- | --- | --- | --- | --- |"));
    for (LeakguardOption o : LeakguardOption.values()) {
      rows.add("| " + o.summary() + " | " + defaultText(o) + " | `-XepOpt:" + o.errorProneFlag() + "` | `" + o.pmdProperty()
          + "` (`" + o.userProperty() + "`) | `" + o.cliOption() + "` | " + o.description() + " |");
      for (OptionAlias a : o.aliases()) {
        rows.add("| " + a.summary() + " | " + aliasDefault(o, a) + " | `-XepOpt:" + a.errorProneFlag() + "` | `" + a.name()
            + "` (`" + a.userProperty() + "`) | `" + a.cliOption() + "` | " + a.description() + " |");
      }
    }
    return String.join("\n", rows);
  }

  private static String conformanceOptions() {
    List<String> keys = new ArrayList<>();
    for (LeakguardOption o : LeakguardOption.values()) {
      String names = o.type() == dev.leakguard.core.options.ValueType.JAVA_NAMES ? " (names separated by `|`, not commas)" : "";
      keys.add("- `" + o.key() + "`" + names + ": " + o.description());
      for (OptionAlias a : o.aliases()) {
        keys.add("- `" + a.name() + "`: " + a.description());
      }
    }
    return "Recognised option keys (core's option table; a value it refuses fails the case):\n\n" + String.join("\n", keys);
  }

  private static String defaultText(LeakguardOption o) {
    return o.defaultText().isEmpty() ? "none" : "`" + o.defaultText() + "`";
  }

  private static String aliasDefault(LeakguardOption o, OptionAlias a) {
    return a.negated() ? "`" + !Boolean.parseBoolean(o.defaultText()) + "`" : defaultText(o);
  }

  /** {@code leakguard --help}, as the command line prints it. */
  private static String help() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    return out.toString(StandardCharsets.UTF_8).stripTrailing();
  }

  /** A golden file of the report writers (analyzer/src/test/resources/golden), checked against the tool by their tests. */
  private String golden(String name) {
    try {
      return Files.readString(repositoryRoot.resolve("analyzer/src/test/resources/golden").resolve(name), StandardCharsets.UTF_8)
          .stripTrailing();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fenced(String text) {
    return "```\n" + text + "\n```";
  }
}
