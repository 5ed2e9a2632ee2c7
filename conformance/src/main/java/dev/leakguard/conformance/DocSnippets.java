package dev.leakguard.conformance;

import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code in the documentation, as conformance cases every engine runs: each rule page's Java
 * snippets (marked {@code <!-- snippet: flagged -->} or {@code <!-- snippet: fixed -->} above them)
 * and the PMD ruleset's {@code <example>} blocks ({@code // bad} and {@code // good} comments above
 * their fields). A flagged snippet must be reported, with its page's rule only; a fixed one must
 * not be, even in strict mode (so "not reported" means bounded, not merely "not grown"); an
 * example must be reported on its bad fields and nowhere else.
 */
public final class DocSnippets {
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("(?m)^(?:<!-- snippet: (flagged|fixed) -->\\n)?```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern EXAMPLE = Pattern.compile(
      "<rule name=\"(\\w+)\".*?<example>\\s*<!\\[CDATA\\[(.*?)]]>\\s*</example>", Pattern.DOTALL);
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile("(?m)^((?:public |final |abstract )*)(?:class|enum|interface|record) (\\w+)");

  /** Imports a snippet gets for the simple names it uses (snippets show code, not import lists). */
  private static final Map<String, String> IMPORTS = Map.ofEntries(
      Map.entry("ArrayDeque", "java.util.ArrayDeque"), Map.entry("ArrayList", "java.util.ArrayList"),
      Map.entry("Bounded", "dev.leakguard.annotations.Bounded"), Map.entry("Cache", "com.github.benmanes.caffeine.cache.Cache"),
      Map.entry("Caffeine", "com.github.benmanes.caffeine.cache.Caffeine"),
      Map.entry("ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap"), Map.entry("Currency", "java.util.Currency"),
      Map.entry("Deque", "java.util.Deque"), Map.entry("Duration", "java.time.Duration"), Map.entry("HashMap", "java.util.HashMap"),
      Map.entry("List", "java.util.List"), Map.entry("Map", "java.util.Map"), Map.entry("Set", "java.util.Set"));

  private DocSnippets() {}

  /** What the documentation claims of a snippet. */
  public enum Claim {
    /** A rule page's bad code: reported, with the page's rule only. */
    FLAGGED,
    /** A rule page's fixed code: not reported, even in strict mode. */
    FIXED,
    /** A ruleset example: reported on the field below each {@code // bad} comment, nowhere else. */
    BAD_FIELDS
  }

  /**
   * A piece of documentation code as a compilable file.
   *
   * @param where the page and line, or the ruleset's example and its rule
   * @param rule the rule the snippet is about
   * @param fileName the file to write it to (its public class's name, else {@code Snippet.java})
   * @param source the snippet with the imports it needs and, when it has no class, one around it
   *     (an enum singleton on the singleton rule's page)
   */
  public record Snippet(String where, RuleId rule, Claim claim, String fileName, String source) {
    /** The options it runs with: strict for a fixed snippet, else the defaults. */
    public Options options() {
      return claim == Claim.FIXED ? Options.DEFAULT.withRequireGrowthEvidence(false) : Options.DEFAULT;
    }

    /** The lines the findings must be on, for {@link Claim#BAD_FIELDS}: the line after each {@code // bad}. */
    public TreeSet<Integer> badLines() {
      List<String> lines = source.lines().toList();
      TreeSet<Integer> bad = new TreeSet<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().startsWith("// bad")) {
          bad.add(i + 2); // the declaration on the next line (1-based)
        }
      }
      return bad;
    }

    /** How an engine's findings (rule and line of each) differ from the claim; empty when they agree. */
    public List<String> check(List<ReportedFinding> reported) {
      List<String> problems = new ArrayList<>();
      String found = reported.stream().map(f -> f.rule().id() + " at line " + f.line()).toList().toString();
      if (reported.stream().anyMatch(f -> f.rule() != rule)) {
        problems.add(where + ": reported under another rule than " + rule.id() + ": " + found);
      }
      switch (claim) {
        case FLAGGED -> {
          if (reported.isEmpty()) {
            problems.add(where + ": the flagged snippet is not reported");
          }
        }
        case FIXED -> {
          if (!reported.isEmpty()) {
            problems.add(where + ": the fixed snippet is reported, even in strict mode: " + found);
          }
        }
        case BAD_FIELDS -> {
          TreeSet<Integer> lines = new TreeSet<>();
          reported.forEach(f -> lines.add(f.line()));
          if (badLines().isEmpty() || !source.contains("// good")) {
            problems.add(where + ": an example needs a '// bad' and a '// good' field");
          } else if (!lines.equals(badLines())) {
            problems.add(where + ": the '// bad' fields are on lines " + badLines() + ", reported: " + found);
          }
        }
      }
      return problems;
    }

    @Override
    public String toString() {
      return where;
    }
  }

  /** Every snippet: the rule pages' first, then the ruleset's examples. */
  public static List<Snippet> all() {
    List<Snippet> out = new ArrayList<>(rulePages());
    out.addAll(rulesetExamples());
    return out;
  }

  /** The Java snippets of {@code docs/rules/<RuleId>.md}; one without a claim above it is an error. */
  public static List<Snippet> rulePages() {
    List<Snippet> out = new ArrayList<>();
    for (RuleId rule : RuleId.values()) {
      String page = "docs/rules/" + rule.id() + ".md";
      String text = read(page);
      Matcher m = JAVA_BLOCK.matcher(text);
      while (m.find()) {
        String where = page + ":" + (text.substring(0, m.start()).split("\n", -1).length + (m.group(1) == null ? 0 : 1));
        if (m.group(1) == null) {
          throw new IllegalStateException(where + ": a Java snippet without <!-- snippet: flagged --> or <!-- snippet: fixed --> above it");
        }
        out.add(snippet(where, rule, m.group(1).equals("flagged") ? Claim.FLAGGED : Claim.FIXED, m.group(2)));
      }
    }
    return out;
  }

  /** The {@code <example>} of each rule of the PMD ruleset. */
  public static List<Snippet> rulesetExamples() {
    String xml = read("rules-pmd/src/main/resources/leakguard/pmd/leakguard.xml");
    List<Snippet> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(xml);
    while (m.find()) {
      out.add(snippet("leakguard.xml <example> of " + m.group(1), RuleId.fromId(m.group(1)), Claim.BAD_FIELDS,
          m.group(2).strip() + "\n"));
    }
    return out;
  }

  /** Writes the snippet into {@code dir} under its file name and returns the file. */
  public static Path write(Snippet s, Path dir) {
    try {
      return Files.writeString(dir.resolve(s.fileName()), s.source(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The snippet as a file: imports for the names it uses, and a class around it when it has none
   * (an enum singleton for the singleton rule's page).
   */
  private static Snippet snippet(String where, RuleId rule, Claim claim, String code) {
    StringBuilder b = new StringBuilder();
    if (!code.contains("\nimport ") && !code.startsWith("import ")) {
      for (String name : new TreeSet<>(IMPORTS.keySet())) {
        if (Pattern.compile("\\b" + name + "\\b").matcher(code).find()) {
          b.append("import ").append(IMPORTS.get(name)).append(";\n");
        }
      }
      b.append('\n');
    }
    Matcher type = TOP_LEVEL_TYPE.matcher(code);
    if (type.find()) {
      String file = type.group(1).contains("public") ? type.group(2) + ".java" : "Snippet.java";
      return new Snippet(where, rule, claim, file, b.append(code).toString());
    }
    // A singleton page's fields go in an enum singleton: a fixed one is then judged, not merely unseen.
    b.append(rule == RuleId.UnboundedSingletonCollection ? "public enum Snippet {\n  INSTANCE;\n\n" : "public final class Snippet {\n");
    code.lines().forEach(l -> b.append(l.isEmpty() ? "" : "  ").append(l).append('\n'));
    return new Snippet(where, rule, claim, "Snippet.java", b.append("}\n").toString());
  }

  private static String read(String file) {
    try {
      return Files.readString(ConformanceCases.repositoryRoot().resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
