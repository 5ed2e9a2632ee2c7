package dev.leakguard.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionAlias;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every leakguard name the documentation gives exists: each {@code -XepOpt:Leakguard:} flag and
 * PMD {@code <property name=..>} is an option of core's table (or an alias), and each {@code --flag}
 * is one the command line knows or another tool's. (The Maven plugin checks its {@code -Dleakguard.}
 * properties in {@code PluginDescriptorTest}; each engine's own tests check that the table's names work.)
 */
class DocumentedNamesTest {
  private static final Path ROOT = ConformanceCases.repositoryRoot();
  private static final Pattern EP_FLAG = Pattern.compile("-XepOpt:(Leakguard:\\w+)");
  private static final Pattern PMD_PROPERTY = Pattern.compile("<property name=\"(\\w+)\"");
  private static final Pattern CLI_FLAG = Pattern.compile("(?<![\\w-])--([a-z][a-z-]+)");
  /** Other tools' options the documentation shows: javac, PMD, git, Maven and the regression script. */
  private static final Set<String> OTHER_TOOLS = Set.of("add-exports", "add-opens", "should-stop", "aux-classpath",
      "unshallow", "fail-at-end", "update", "diff");

  @Test
  void errorProneFlags_areOptionsOfTheTable() throws IOException {
    Set<String> known = new TreeSet<>();
    for (LeakguardOption o : LeakguardOption.values()) {
      known.add(o.errorProneFlag());
      o.aliases().forEach(a -> known.add(a.errorProneFlag()));
    }
    assertEquals(List.of(), unknown(EP_FLAG, known), "known: " + known);
  }

  @Test
  void pmdProperties_areOptionsOfTheTable() throws IOException {
    Set<String> known = new TreeSet<>();
    for (LeakguardOption o : LeakguardOption.values()) {
      known.add(o.pmdProperty());
      o.aliases().stream().map(OptionAlias::name).forEach(known::add);
    }
    assertEquals(List.of(), unknown(PMD_PROPERTY, known), "known: " + known);
  }

  @Test
  void commandLineFlags_areTheCommandLines_orAnotherTools() throws IOException {
    Set<String> known = new TreeSet<>(OTHER_TOOLS);
    Matcher m = CLI_FLAG.matcher(CliOptions.USAGE);
    while (m.find()) {
      known.add(m.group(1));
    }
    assertTrue(known.contains("require-growth-evidence") && known.contains("strict"), known::toString);
    assertEquals(List.of(), unknown(CLI_FLAG, known), "known: " + known);
  }

  /** The names {@code p} finds in the documentation that are not in {@code known}, with where. */
  private static List<String> unknown(Pattern p, Set<String> known) throws IOException {
    List<String> out = new ArrayList<>();
    int seen = 0;
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = p.matcher(lines.get(i));
        while (m.find()) {
          seen++;
          if (!known.contains(m.group(1))) {
            out.add(RelativePaths.under(ROOT, page) + ":" + (i + 1) + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(seen > 3, p + " finds the documented names: " + seen);
    return out;
  }

  /** README.md, the modules' READMEs and docs/**.md. */
  static List<Path> pages() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(ROOT.resolve("README.md"));
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.map(d -> d.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(out::add);
    }
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    assertTrue(out.size() > 10, out::toString);
    return out;
  }
}
