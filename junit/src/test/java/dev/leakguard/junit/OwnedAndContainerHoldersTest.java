package dev.leakguard.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.junit.HolderResult.Verdict;
import dev.leakguard.junit.fixtures.AuditTrail;
import dev.leakguard.junit.fixtures.KeyLockRegistry;
import dev.leakguard.junit.fixtures.SessionTokens;
import dev.leakguard.junit.fixtures.UserNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holders the report locates beyond a field of a static or singleton: a field of an object an owner
 * keeps (found by walking the owner path) and a holder of the project's own container (sized by the
 * container's field that grows).
 */
class OwnedAndContainerHoldersTest {
  private static final String F = Reports.FIXTURES;
  private static final Path FIXTURE_SOURCES = Path.of("src/test/java/dev/leakguard/junit/fixtures");

  @TempDir
  Path dir;

  /** A prefix no other test uses: the fixtures' holders live as long as the JVM. */
  private final String unique = "o" + System.nanoTime() + "-";

  private RunReport run(int iterations, Workload workload) throws Exception {
    LeakSettings s = Reports.settings(dir, iterations);
    return LoadRun.run("OwnedAndContainerHoldersTest", s, ReportedHolders.find(s), getClass().getClassLoader(), List.of(),
        Baseline.empty(), workload);
  }

  private static HolderResult only(RunReport report) {
    assertEquals(1, report.results().size(), report.table());
    return report.results().get(0);
  }

  @Test
  void helperOwnedByAStaticInstance_isReachedThroughThePathAndConfirmed() throws Exception {
    Reports.sarif(dir, "UnboundedSingletonCollection:" + F + "KeyLockRegistry.KeyLocks.byKey",
        List.of(F + "KeyLockRegistry.INSTANCE", "keyLocks"), null);
    HolderResult r = only(run(1_000, i -> KeyLockRegistry.lockFor(unique + i)));
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(1.0, r.entriesPerIteration(), 1e-9);
  }

  @Test
  void helperMadeInAnEnumSingletonsConstructor_isReachedThroughItsConstantsAndConfirmed() throws Exception {
    Reports.sarif(dir, "UnboundedSingletonCollection:" + F + "TrailEntries.events", List.of(F + "AuditTrail", "entries"), null);
    HolderResult r = only(run(1_000, i -> AuditTrail.INSTANCE.record(unique + i)));
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(1.0, r.entriesPerIteration(), 1e-9);
  }

  @Test
  void ownedHelperWithoutAPath_isSkippedAsBefore() throws Exception {
    Reports.sarif(dir, "UnboundedSingletonCollection:" + F + "KeyLockRegistry.KeyLocks.byKey");
    HolderResult r = only(run(500, i -> KeyLockRegistry.lockFor(unique + i)));
    assertEquals(Verdict.SKIPPED, r.verdict());
    assertTrue(r.note().startsWith("no instance of '" + F + "KeyLockRegistry$KeyLocks' found"), r.note());
  }

  @Test
  void pathNamingAFieldTheOwnerDoesNotHave_isSkippedAndSaysWhy() throws Exception {
    Reports.sarif(dir, "UnboundedSingletonCollection:" + F + "KeyLockRegistry.KeyLocks.byKey",
        List.of(F + "KeyLockRegistry.INSTANCE", "locks"), null);
    HolderResult r = only(run(500, i -> KeyLockRegistry.lockFor(unique + i)));
    assertEquals(Verdict.SKIPPED, r.verdict());
    assertTrue(r.note().contains("reached through its owner (KeyLockRegistry.INSTANCE → locks)")
        && r.note().contains("has no field 'locks'"), r.note());
  }

  @Test
  void growingProjectContainer_isSizedByItsFieldAndConfirmed() throws Exception {
    Reports.sarif(dir, "UnboundedStaticCollection:" + F + "SessionTokens.STORE", List.of(), "entries");
    HolderResult r = only(run(1_000, i -> SessionTokens.login(unique + i, "user")));
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(1.0, r.entriesPerIteration(), 1e-9);
  }

  @Test
  void boundedProjectContainer_isFlat() throws Exception {
    Reports.sarif(dir, "UnboundedStaticCollection:" + F + "UserNames.STORE", List.of(), "entries");
    HolderResult r = only(run(1_000, i -> UserNames.seen(i % 50, "user " + i)));
    assertEquals(Verdict.FLAT, r.verdict(), r.note());
    assertEquals(50, r.sizes().get(r.sizes().size() - 1));
  }

  @Test
  void projectContainerWithoutItsField_hasNoSizeAndIsSkipped() throws Exception {
    Reports.sarif(dir, "UnboundedStaticCollection:" + F + "UserNames.STORE");
    HolderResult r = only(run(500, i -> UserNames.seen(i % 50, "user")));
    assertEquals(Verdict.SKIPPED, r.verdict());
    assertTrue(r.note().contains("has no size leakguard can read"), r.note());
  }

  /** No SARIF report: the analyzer on the fixtures' sources gives the paths, and every such holder is measured. */
  @Test
  void fromTheAnalyzer_ownedAndContainerHoldersAreLocatedAndConfirmed() throws Exception {
    Path sources = dir.resolve("src/dev/leakguard/junit/fixtures");
    Files.createDirectories(sources);
    for (String name : List.of("KeyLockRegistry", "AuditTrail", "TrailEntries", "KeyedStore", "SessionTokens")) {
      Files.copy(FIXTURE_SOURCES.resolve(name + ".java"), sources.resolve(name + ".java"));
    }
    LeakSettings s = new LeakSettings(1_000, 5, 100, 1, LeakSettings.DEFAULT_MIN_RATE, List.of(), dir.resolve("report"),
        List.of(dir.resolve("src")), dir.resolve("leakguard-baseline.json"));
    RunReport report = LoadRun.run("fromTheAnalyzer", s, ReportedHolders.find(s), getClass().getClassLoader(), List.of(),
        Baseline.empty(), i -> {
          KeyLockRegistry.lockFor(unique + i);
          AuditTrail.INSTANCE.record(unique + i);
          SessionTokens.login(unique + i, "user");
        });
    Map<String, Verdict> verdicts = new TreeMap<>();
    report.results().forEach(r -> verdicts.put(r.holder().id(), r.verdict()));
    assertEquals(Map.of(
        F + "KeyLockRegistry.KeyLocks.byKey", Verdict.CONFIRMED,
        F + "TrailEntries.events", Verdict.CONFIRMED,
        F + "SessionTokens.STORE", Verdict.CONFIRMED), verdicts, report.table());
  }
}
