package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.analyzer.baseline.BaselineException;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static List<Finding> caseStudy() {
    Path leaky = CaseStudy.LEAKY;
    return new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(leaky)).findings();
  }

  @Test
  void writtenBaseline_readsBack_andAcceptsEveryFinding() throws Exception {
    List<Finding> findings = caseStudy();
    Path file = dir.resolve("leakguard-baseline.json");
    Baseline.of(findings).write(file);
    Baseline read = Baseline.read(file);
    assertEquals(List.of(), read.newFindings(findings));
    assertEquals(Set.of(), read.stale(findings));
    String text = Files.readString(file);
    assertEquals(List.of(
            "UnboundedSingletonCollection:dev.leakguard.examples.casestudy.ResultCache.results",
            "UnboundedStaticCollection:dev.leakguard.examples.casestudy.DataTransformer.transformationHistory"),
        List.copyOf(read.fingerprints()), "sorted, rule id + holder, no line numbers: " + text);
  }

  @Test
  void findingNotInBaseline_isNew_andFixedEntryIsStale() throws Exception {
    List<Finding> findings = caseStudy();
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"version\":1,\"fingerprints\":[\"" + findings.get(0).fingerprint() + "\",\"UnboundedStaticCollection:gone.Old.MAP\"]}");
    Baseline b = Baseline.read(file);
    assertEquals(List.of(findings.get(1)), b.newFindings(findings));
    assertEquals(Set.of("UnboundedStaticCollection:gone.Old.MAP"), b.stale(findings));
  }

  @Test
  void missingBaseline_isAnError_notEmpty() {
    BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(dir.resolve("nope.json")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void corruptBaseline_isAnError_namingTheFile() throws Exception {
    Path file = dir.resolve("corrupt.json");
    Files.writeString(file, "{\"version\":1,\"fingerprints\":[\"A:b\"");
    BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(file));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void wrongShapeOrVersion_isAnError() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "[1,2]");
    assertThrows(BaselineException.class, () -> Baseline.read(file));
    Files.writeString(file, "{\"version\":2,\"fingerprints\":[]}");
    assertTrue(assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage().contains("version"));
    Files.writeString(file, "{\"version\":1,\"fingerprints\":[42]}");
    assertTrue(assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage().contains("malformed"));
  }

  @Test
  void writingReplacesAtomically_andLeavesNoTemporaryFiles() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "old");
    Baseline.of(caseStudy()).write(file);
    assertTrue(Files.readString(file).startsWith("{"));
    try (var s = Files.list(dir)) {
      assertEquals(List.of(file), s.toList());
    }
  }

  @Test
  void writtenBaseline_hasOneFingerprintPerLine_sorted() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"version\":1,\"fingerprints\":[\"R:p.Z.b\",\"R:p.A.a\"]}");
    Baseline.read(file).write(file);
    String text = Files.readString(file);
    assertEquals(List.of("{", "  \"version\": 1,", "  \"fingerprints\": [", "    \"R:p.A.a\",", "    \"R:p.Z.b\"", "  ]", "}"),
        text.lines().filter(l -> !l.contains("\"tool\"")).toList(), text);
    Baseline.empty().write(file);
    assertEquals(Set.of(), Baseline.read(file).fingerprints());
  }

  @Test
  void twoBranchesEachAddingAFingerprint_mergeWithoutAConflict() throws Exception {
    Path repo = Git.init(dir.resolve("repo"));
    Path file = repo.resolve("leakguard-baseline.json");
    writeBaseline(file, "R:p.B.x", "R:p.D.x", "R:p.F.x");
    Git.commitAll(repo, "baseline");
    Git.git(repo, "checkout", "-q", "-b", "one");
    writeBaseline(file, "R:p.B.x", "R:p.C.x", "R:p.D.x", "R:p.F.x");
    Git.commitAll(repo, "one adds C");
    Git.git(repo, "checkout", "-q", "-");
    Git.git(repo, "checkout", "-q", "-b", "two");
    writeBaseline(file, "R:p.B.x", "R:p.D.x", "R:p.E.x", "R:p.F.x");
    Git.commitAll(repo, "two adds E");
    Git.git(repo, "merge", "-q", "--no-edit", "one");
    assertEquals(List.of("R:p.B.x", "R:p.C.x", "R:p.D.x", "R:p.E.x", "R:p.F.x"), List.copyOf(Baseline.read(file).fingerprints()));
  }

  /** A baseline with these fingerprints, written as the baseline goal writes it. */
  private void writeBaseline(Path file, String... fingerprints) throws Exception {
    Path oneLine = dir.resolve("one-line.json");
    Files.writeString(oneLine, "{\"version\":1,\"fingerprints\":[\"" + String.join("\",\"", fingerprints) + "\"]}");
    Baseline.read(oneLine).write(file);
  }
}
