package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental run reports exactly what a cold run reports: for every cross-file conformance
 * case and a generated project, each file in turn is edited (a comment, growth added, an eviction
 * added, a holder renamed or removed, every line moved, code changed without a new name) and put
 * back, and after each step the run through the cache is compared with a run without it: same
 * findings in the same order (with their sites, explanations and fingerprints), same diagnostics.
 * The generated project has a file that does not parse, so that a run whose last plan no longer
 * holds (growth added to a class that did not matter) shows that the read thrown away leaves no
 * diagnostic behind.
 */
class IncrementalEqualityTest {
  private static final Pattern HOLDER = Pattern.compile("(\\w+)\\s*=\\s*new\\s");

  @TempDir Path dir;

  /** The edits applied to each file; each keeps the file Java, or breaks it the same way for both runs. */
  private static final Map<String, UnaryOperator<String>> EDITS = edits();

  private static Map<String, UnaryOperator<String>> edits() {
    Map<String, UnaryOperator<String>> e = new java.util.LinkedHashMap<>();
    e.put("a comment appended", t -> t + "\n// touched\n");
    e.put("a comment after the first brace", t -> t.replaceFirst("\\{\\n", "{ // note\n"));
    e.put("growth added", t -> beforeLastBrace(t, """
          static final java.util.Map<String, String> ADDED_BY_EDIT = new java.util.HashMap<>();

          public static void addedByEdit(String key) {
            ADDED_BY_EDIT.put(key, key);
          }
        """));
    e.put("an eviction added", t -> firstHolder(t) == null ? t : beforeLastBrace(t,
        "  public void evictedByEdit() {\n    " + firstHolder(t) + ".clear();\n  }\n"));
    e.put("a holder renamed", t -> firstHolder(t) == null ? t
        : t.replaceAll("\\b" + firstHolder(t) + "\\b", firstHolder(t) + "Renamed"));
    e.put("a holder removed", t -> firstHolder(t) == null ? t
        : t.replaceFirst("(?m)^.*\\b" + firstHolder(t) + "\\s*=\\s*new\\s.*;[ \\t]*\\n", ""));
    e.put("every line moved", t -> "\n" + t);
    // Code changed, no name added or removed: the file is parsed early and its facts compared.
    e.put("a space in the code", t -> t.replaceFirst("\\(", "( "));
    e.put("a string changed", t -> t.replaceFirst("\"([A-Za-z]+)\"", "\"$1Edited\""));
    // New names: a file the pre-filter does not read is answered from the stored result.
    e.put("a method added", t -> beforeLastBrace(t, "  public int addedMethod(int step) { return Math.max(step, 1); }\n"));
    e.put("an eviction comment on the last line of code", t -> afterLastBrace(t, " // Eviction: cleared by its owner"));
    e.put("a block comment opened on the last line of code", t -> afterLastBrace(t, " /* Eviction:\n cleared by its owner */"));
    e.put("a holder documented", t -> firstHolder(t) == null ? t
        : t.replaceFirst("(?m)^(.*\\b" + firstHolder(t) + "\\s*=\\s*new\\s)", "// Eviction: cleared by its owner\n$1"));
    return e;
  }

  private static String firstHolder(String text) {
    Matcher m = HOLDER.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String afterLastBrace(String text, String comment) {
    int last = text.lastIndexOf('}');
    return last < 0 ? text + comment : text.substring(0, last + 1) + comment + text.substring(last + 1);
  }

  private static String beforeLastBrace(String text, String member) {
    int last = text.lastIndexOf('}');
    return last < 0 ? text + member : text.substring(0, last) + member + text.substring(last);
  }

  @Test
  void everyCrossFileCase_eachFileEditedInTurn_incrementalEqualsCold() throws IOException {
    int cases = 0;
    for (ConformanceCase c : ConformanceCases.crossFile()) {
      Path project = dir.resolve(c.name().replace('/', '_'));
      for (Path p : c.files()) {
        Path target = project.resolve(c.root().relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
      editEachFileInTurn(project, c.options(), c.name());
      cases++;
    }
    assertTrue(cases > 10, "the cross-file cases were found");
  }

  @Test
  void generatedProject_eachFileEditedInTurn_incrementalEqualsCold() throws IOException {
    Path project = dir.resolve("generated");
    for (int i = 0; i < 3; i++) {
      Path pkg = Files.createDirectories(project.resolve("com/acme/p" + i));
      Files.writeString(pkg.resolve("Registry" + i + ".java"), """
          package com.acme.p%1$d;

          import java.util.HashMap;
          import java.util.Map;

          /** Registry %1$d. */
          public final class Registry%1$d {
            public static final Map<String, Object> ENTRIES = new HashMap<>();
            private static final Map<String, Integer> COUNTS = new HashMap<>();

            private Registry%1$d() {}

            public static int count(String key) {
              return COUNTS.merge(key, 1, Integer::sum);
            }

            static void reset() {
              COUNTS.clear();
            }
          }
          """.formatted(i));
      String grow = i == 0 ? "" : "com.acme.p%d.Registry%d.ENTRIES.put(id, value);".formatted(i - 1, i - 1);
      Files.writeString(pkg.resolve("Service" + i + ".java"), """
          package com.acme.p%1$d;

          import java.util.LinkedHashMap;
          import java.util.Map;

          /** Service %1$d. */
          public class Service%1$d {
            private static final Service%1$d INSTANCE = new Service%1$d();
            private final Map<String, String> settings = new LinkedHashMap<>();

            public static Service%1$d get() {
              return INSTANCE;
            }

            public String handle(String id, Object value) {
              %2$s
              settings.put("last", id);
              Registry%1$d.reset();
              return id;
            }
          }
          """.formatted(i, grow));
    }
    // A holder on the last line of code: a comment after it there documents it.
    Files.writeString(project.resolve("com/acme/p0/OneLine.java"), "package com.acme.p0; public final class OneLine {"
        + " static final java.util.Map<String, String> SEEN = new java.util.HashMap<>();"
        + " public static void see(String k) { SEEN.put(k, k); } }\n");
    // Read by every run (it declares a container) and reported by every run: it does not parse.
    Files.writeString(project.resolve("com/acme/p1/Broken.java"), "package com.acme.p1; public final class Broken {"
        + " static final java.util.Map<String, String> BROKEN = new java.util.HashMap<>();"
        + " void broken( { BROKEN.put(\"k\", \"v\"); } }\n");
    // Named by no file and naming nothing that matters: growth added to it is a new class that
    // matters, so the last run's plan no longer holds and the read by it is thrown away.
    Files.writeString(project.resolve("com/acme/p2/Plain.java"), """
        package com.acme.p2;

        public final class Plain {
          public String name(String id) {
            return id.trim();
          }
        }
        """);
    editEachFileInTurn(project, Options.DEFAULT, "generated");
  }

  /**
   * Runs through a cache once, then for each file and edit: edits it, compares, puts it back,
   * compares. A comment appended must be answered without judging (at most that file parsed).
   */
  private void editEachFileInTurn(Path project, Options options, String name) throws IOException {
    Path cache = dir.resolve(name.replace('/', '_') + ".cache");
    List<Path> roots = List.of(project);
    incremental(cache, options, roots);
    List<Path> files;
    try (Stream<Path> s = Files.walk(project)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(files.isEmpty(), name);
    for (Path file : files) {
      String original = Files.readString(file);
      for (Map.Entry<String, UnaryOperator<String>> edit : EDITS.entrySet()) {
        String edited = edit.getValue().apply(original);
        Files.writeString(file, edited);
        String what = name + ": " + project.relativize(file) + ", " + edit.getKey();
        Analyzer a = assertSameAsCold(cache, options, roots, what);
        if (edit.getKey().equals("a comment appended")) {
          assertFalse(a.lastRunJudged(), what + ": answered from the stored result");
          assertEquals(0, a.lastFilesParsed(), what + ": only a comment after the code, nothing parsed");
        }
        if (edit.getKey().equals("a space in the code") || edit.getKey().equals("a string changed")) {
          assertTrue(a.lastFilesParsed() <= 1, what + ": the edited file parsed once at most (early, then used)");
        }
        Files.writeString(file, original);
        assertSameAsCold(cache, options, roots, what + ", put back");
      }
    }
  }

  /**
   * A subclass of a class that matters, read in the first round, before the class was known to
   * matter: after a code edit elsewhere, the last run's plan still holds (the pre-filter learns the
   * same from all the files at once as it did in rounds), so the run judges once.
   */
  @Test
  void codeEdit_aClassLearnedToMatterInALaterRound_thePlanHolds() throws IOException {
    Path project = dir.resolve("later-round");
    Files.createDirectories(project);
    Files.writeString(project.resolve("AMap.java"), """
        public class AMap extends java.util.HashMap<String, String> {
          private final java.util.List<String> order = new java.util.ArrayList<>();
        }
        """);
    Files.writeString(project.resolve("Base.java"), "public class Base { public static final AMap BY_NAME = new AMap(); }\n");
    Files.writeString(project.resolve("Zed.java"), """
        public class Zed extends Base {
          private static final java.util.List<String> SEEN = new java.util.ArrayList<>();
          public void note(String k) { BY_NAME.put(k, k); }
        }
        """);
    Files.writeString(project.resolve("User.java"), """
        public class User {
          public void handle(Zed z, String id) { z.note(id); }
        }
        """);
    Path cache = dir.resolve("later-round.cache");
    List<Path> roots = List.of(project);
    incremental(cache, Options.DEFAULT, roots);
    Path zed = project.resolve("Zed.java");
    Files.writeString(zed, Files.readString(zed).replace("BY_NAME.put(k, k);", "BY_NAME.put(k, k + \"/\");"));
    Analyzer a = assertSameAsCold(cache, Options.DEFAULT, roots, "Zed.java edited");
    assertTrue(a.lastRunJudged(), "the edit changes the facts: judged");
    assertEquals(Boolean.TRUE, a.lastPlanHeld(), "the last run's plan holds: judged once");
  }

  /**
   * A file the pre-filter does not read: a method added to it that calls nothing declared elsewhere
   * leaves the judgement as it was (answered from the stored result, nothing parsed); one that names
   * a package-private method the read files declare and do not call makes that method callable
   * from another file, so the growth it does is no longer initialisation only: judged again.
   */
  @Test
  void codeEditInAFileNotRead_judgedAgainOnlyWhenItNamesAMethodNoReadFileCalls() throws IOException {
    Path project = dir.resolve("not-read");
    Files.createDirectories(project.resolve("com/acme"));
    Files.writeString(project.resolve("com/acme/Names.java"), """
        package com.acme;

        import java.util.HashMap;
        import java.util.Map;

        public final class Names {
          static final Map<String, String> KNOWN = new HashMap<>();

          static {
            remember("first");
          }

          private Names() {}

          static void remember(String name) {
            KNOWN.put(name, name);
          }
        }
        """);
    Path plain = project.resolve("com/acme/Plain.java");
    String original = """
        package com.acme;

        public final class Plain {
          public String trimmed(String id) {
            return id.trim();
          }
        }
        """;
    Files.writeString(plain, original);
    Path cache = dir.resolve("not-read.cache");
    List<Path> roots = List.of(project);
    assertTrue(incremental(cache, Options.DEFAULT, roots).findings().isEmpty(), "growth during initialisation only");

    Files.writeString(plain, beforeLastBrace(original, "  public int doubled(int count) { return Math.max(count, 0) * 2; }\n"));
    Analyzer unrelated = assertSameAsCold(cache, Options.DEFAULT, roots, "a method added that calls nothing declared elsewhere");
    assertFalse(unrelated.lastRunJudged(), "answered from the stored result");
    assertEquals(0, unrelated.lastFilesParsed(), "nothing parsed");

    Files.writeString(plain, beforeLastBrace(original, "  public int doubled(int remember) { return remember * 2; }\n"));
    Analyzer naming = assertSameAsCold(cache, Options.DEFAULT, roots, "a method added that names the uncalled method");
    assertTrue(naming.lastRunJudged(), "the name is one no read file calls: judged again");
    assertFalse(new Analyzer(config(Options.DEFAULT)).analyze(roots).findings().isEmpty(),
        "the method is callable from another file now: its growth is reported");

    Files.writeString(plain, original);
    assertSameAsCold(cache, Options.DEFAULT, roots, "put back");
  }

  private Analyzer assertSameAsCold(Path cache, Options options, List<Path> roots, String what) {
    Analyzer incremental = new Analyzer(config(options).withCacheFile(cache));
    AnalysisResult through = incremental.analyze(roots);
    AnalysisResult cold = new Analyzer(config(options)).analyze(roots);
    assertEquals(cold.findings(), through.findings(), what);
    assertEquals(cold.diagnostics(), through.diagnostics(), what);
    assertEquals(cold.filesAnalysed(), through.filesAnalysed(), what);
    Path base = roots.get(0);
    assertEquals(TextReport.render(cold, base, true), TextReport.render(through, base, true), what);
    return incremental;
  }

  private static AnalysisResult incremental(Path cache, Options options, List<Path> roots) {
    return new Analyzer(config(options).withCacheFile(cache)).analyze(roots);
  }

  private static AnalyzerConfig config(Options options) {
    return AnalyzerConfig.defaults().withThreads(2).withOptions(options);
  }
}
