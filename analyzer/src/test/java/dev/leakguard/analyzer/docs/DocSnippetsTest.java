package dev.leakguard.analyzer.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Finding;
import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code in the documentation runs as conformance checks through the analyzer: each rule page's
 * Java snippets (marked {@code <!-- snippet: flagged -->} or {@code <!-- snippet: fixed -->}) and
 * the PMD ruleset's {@code <example>} blocks ({@code // bad} and {@code // good} comments above
 * their fields). A flagged snippet must be reported, with its page's rule only; a fixed one must
 * not be, even in strict mode (so "not reported" means bounded, not merely "not grown").
 */
class DocSnippetsTest {
  private static final Path ROOT = ConformanceCases.repositoryRoot();
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^(?:<!-- snippet: (flagged|fixed) -->\\n)?```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern EXAMPLE = Pattern.compile(
      "<rule name=\"(\\w+)\".*?<example>\\s*<!\\[CDATA\\[(.*?)]]>\\s*</example>", Pattern.DOTALL);
  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile("(?m)^(public |final |abstract )*(class|enum|interface|record) \\w+");

  /** Imports a snippet gets for the simple names it uses (snippets show code, not import lists). */
  private static final Map<String, String> IMPORTS = Map.ofEntries(
      Map.entry("ArrayDeque", "java.util.ArrayDeque"), Map.entry("ArrayList", "java.util.ArrayList"),
      Map.entry("Bounded", "dev.leakguard.annotations.Bounded"), Map.entry("Cache", "com.github.benmanes.caffeine.cache.Cache"),
      Map.entry("Caffeine", "com.github.benmanes.caffeine.cache.Caffeine"),
      Map.entry("ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap"), Map.entry("Currency", "java.util.Currency"),
      Map.entry("Deque", "java.util.Deque"), Map.entry("Duration", "java.time.Duration"), Map.entry("HashMap", "java.util.HashMap"),
      Map.entry("List", "java.util.List"), Map.entry("Map", "java.util.Map"), Map.entry("Set", "java.util.Set"));

  @TempDir Path dir;

  /** A piece of documentation code: where it is, its source, and the rule it is about. */
  record Snippet(String where, RuleId rule, boolean flagged, String code) {
    @Override
    public String toString() {
      return where;
    }
  }

  static Stream<Snippet> rulePageSnippets() throws IOException {
    List<Snippet> out = new ArrayList<>();
    for (RuleId rule : RuleId.values()) {
      String page = "docs/rules/" + rule.id() + ".md";
      String text = Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8);
      Matcher m = JAVA_BLOCK.matcher(text);
      while (m.find()) {
        String where = page + ":" + (text.substring(0, m.start()).split("\n", -1).length + (m.group(1) == null ? 0 : 1));
        if (m.group(1) == null) {
          throw new AssertionError(where + ": a Java snippet without <!-- snippet: flagged --> or <!-- snippet: fixed --> above it");
        }
        out.add(new Snippet(where, rule, m.group(1).equals("flagged"), m.group(2)));
      }
    }
    return out.stream();
  }

  static Stream<Snippet> rulesetExamples() throws IOException {
    String xml = Files.readString(ROOT.resolve("rules-pmd/src/main/resources/leakguard/pmd/leakguard.xml"), StandardCharsets.UTF_8);
    List<Snippet> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(xml);
    while (m.find()) {
      out.add(new Snippet("leakguard.xml <example> of " + m.group(1), RuleId.fromId(m.group(1)), true, m.group(2).strip() + "\n"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulePageSnippets")
  void rulePageSnippet_isReportedWhenFlagged_andNotWhenFixed(Snippet s) throws IOException {
    String source = compilable(s.code());
    if (s.flagged()) {
      List<Finding> findings = analyse(source, Options.DEFAULT);
      assertFalse(findings.isEmpty(), s + ": the flagged snippet is not reported:\n" + source);
      assertTrue(findings.stream().allMatch(f -> f.rule() == s.rule()), s + ": reported as " + describe(findings));
    } else {
      List<Finding> findings = analyse(source, Options.DEFAULT.withRequireGrowthEvidence(false));
      assertTrue(findings.isEmpty(), s + ": the fixed snippet is reported, even in strict mode: " + describe(findings) + "\n" + source);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesetExamples")
  void rulesetExample_reportsTheBadFields_andNotTheGoodOnes(Snippet s) throws IOException {
    List<String> lines = List.of(s.code().split("\n", -1));
    TreeSet<Integer> bad = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("// bad")) {
        bad.add(i + 2); // the declaration on the next line (1-based)
      }
    }
    assertFalse(bad.isEmpty(), s + ": no '// bad' field");
    assertTrue(s.code().contains("// good"), s + ": no '// good' field");
    List<Finding> findings = analyse(s.code(), Options.DEFAULT);
    TreeSet<Integer> reported = new TreeSet<>();
    for (Finding f : findings) {
      assertTrue(f.rule() == s.rule(), s + ": reported as " + describe(findings));
      reported.add(f.location().line());
    }
    assertTrue(reported.equals(bad), s + ": the '// bad' fields are on lines " + bad + ", reported: " + describe(findings));
  }

  /** The snippet as a file: imports for the names it uses, and a class around it when it has none. */
  private static String compilable(String code) {
    StringBuilder b = new StringBuilder();
    for (String name : new TreeSet<>(IMPORTS.keySet())) {
      if (Pattern.compile("\\b" + name + "\\b").matcher(code).find()) {
        b.append("import ").append(IMPORTS.get(name)).append(";\n");
      }
    }
    b.append('\n');
    if (TOP_LEVEL_TYPE.matcher(code).find()) {
      return b.append(code).toString();
    }
    b.append("public final class Snippet {\n");
    code.lines().forEach(l -> b.append("  ").append(l).append('\n'));
    return b.append("}\n").toString();
  }

  private List<Finding> analyse(String source, Options options) throws IOException {
    Path file = dir.resolve("Snippet.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    AnalysisResult r = new Analyzer(AnalyzerConfig.defaults().withOptions(options).withThreads(1)).analyze(List.of(file));
    assertTrue(r.diagnostics().isEmpty(), () -> "the snippet does not parse: " + r.diagnostics() + "\n" + source);
    return r.findings();
  }

  private static String describe(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + " at line " + f.location().line()).toList().toString();
  }
}
