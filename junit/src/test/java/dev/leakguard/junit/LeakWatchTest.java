package dev.leakguard.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.junit.HolderResult.Verdict;
import dev.leakguard.junit.fixtures.Container;
import dev.leakguard.junit.fixtures.Counters;
import dev.leakguard.junit.fixtures.EveryTenth;
import dev.leakguard.junit.fixtures.LazyRegistry;
import dev.leakguard.junit.fixtures.Outer;
import dev.leakguard.junit.fixtures.RecentLookups;
import dev.leakguard.junit.fixtures.ResultStore;
import dev.leakguard.junit.fixtures.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The acceptance cases: each fixture's holder under a small, deterministic load. */
class LeakWatchTest {
  private static final String F = Reports.FIXTURES;

  @TempDir
  Path dir;

  /** A prefix no other test uses: the fixtures' holders live as long as the JVM. */
  private final String unique = "t" + System.nanoTime() + "-";

  @AfterEach
  void forgetInstances() {
    LeakWatch.clearInstances();
  }

  private RunReport run(int iterations, Workload workload, String... findings) throws Exception {
    Reports.sarif(dir, findings);
    LeakSettings s = Reports.settings(dir, iterations);
    return LoadRun.run("LeakWatchTest", s, ReportedHolders.find(s), getClass().getClassLoader(), List.of(() -> null),
        Baseline.empty(), workload);
  }

  private static HolderResult only(RunReport report) {
    assertEquals(1, report.results().size(), report.table());
    return report.results().get(0);
  }

  @Test
  void holderGrowingEveryTenthCall_isConfirmedAtATenthOfAnEntryPerIteration() throws Exception {
    HolderResult r = only(run(2_000, EveryTenth::call, "UnboundedStaticCollection:" + F + "EveryTenth.seen"));
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(0.1, r.entriesPerIteration(), 0.005);
    assertEquals(6, r.sizes().size());
    assertEquals(180, r.sizes().get(5) - r.sizes().get(0));
  }

  @Test
  void boundedLru_isFlat() throws Exception {
    HolderResult r = only(run(2_000, i -> RecentLookups.remember("k" + i, "v"), "UnboundedStaticCollection:" + F + "RecentLookups.recent"));
    assertEquals(Verdict.FLAT, r.verdict(), r.note());
    assertTrue(r.sizes().stream().allMatch(s -> s == 100), r.sizes().toString());
    assertTrue(r.note().startsWith("its size never changed (100 entries"), r.note());
  }

  @Test
  void privateStaticOfANestedClass_isFoundAndConfirmed() throws Exception {
    HolderResult r = only(run(1_000, i -> Outer.register(unique + i), "UnboundedStaticCollection:" + F + "Outer.Registry.entries"));
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(1.0, r.entriesPerIteration(), 1e-9);
  }

  @Test
  void enumSingletonsField_isReadThroughItsConstantAndConfirmed() throws Exception {
    HolderResult r = only(run(1_000, i -> Sessions.INSTANCE.open(unique + i), "UnboundedSingletonCollection:" + F + "Sessions.open"));
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(1.0, r.entriesPerIteration(), 1e-9);
  }

  @Test
  void singletonBehindANestedHolderClass_isReadThroughItsInstance() throws Exception {
    HolderResult r = only(run(1_000, i -> LazyRegistry.get().record("e" + i), "UnboundedSingletonCollection:" + F + "LazyRegistry.events"));
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
  }

  @Test
  void beanHandedOverByALookup_isConfirmed() throws Exception {
    Container context = new Container();
    LeakWatch.instance(ResultStore.class, () -> context.getBean(ResultStore.class));
    Reports.sarif(dir, "UnboundedSingletonCollection:" + F + "ResultStore.results");
    LeakSettings s = Reports.settings(dir, 1_000);
    RunReport report = LoadRun.run("bean", s, ReportedHolders.find(s), getClass().getClassLoader(),
        List.of(() -> context.getBean(ResultStore.class)), Baseline.empty(), i -> context.getBean(ResultStore.class).store("k" + i, "v"));
    HolderResult r = only(report);
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(1.0, r.entriesPerIteration(), 1e-9);
  }

  @Test
  void beanNotHandedOver_isSkippedWithHowToHandItOver() throws Exception {
    Container context = new Container();
    HolderResult r = only(run(500, i -> context.getBean(ResultStore.class).store("k" + i, "v"),
        "UnboundedSingletonCollection:" + F + "ResultStore.results"));
    assertEquals(Verdict.SKIPPED, r.verdict());
    assertTrue(r.note().contains("LeakWatch.instance(ResultStore.class"), r.note());
  }

  @Test
  void holderTheWorkloadNeverTouches_isFlatAndSaysSo() throws Exception {
    HolderResult r = only(run(1_000, EveryTenth::call, "UnboundedStaticCollection:" + F + "EveryTenth.untouched"));
    assertEquals(Verdict.FLAT, r.verdict());
    assertEquals(0.0, r.entriesPerIteration());
    assertTrue(r.note().startsWith("stayed empty") && r.note().contains("does not touch it"), r.note());
  }

  @Test
  void findingWhoseClassIsNotOnTheClassPath_isSkippedAndSaysSo() throws Exception {
    HolderResult r = only(run(500, EveryTenth::call, "UnboundedStaticCollection:" + F + "Removed.items"));
    assertEquals(Verdict.SKIPPED, r.verdict());
    assertTrue(r.note().contains("not on the test's class path") && r.note().contains("never loaded"), r.note());
  }

  @Test
  void findingWhoseClassTheWorkloadNeverInitialized_isSkippedWithoutInitializingIt() throws Exception {
    HolderResult r = only(run(500, EveryTenth::call, "UnboundedStaticCollection:" + F + "NeverUsed.items"));
    assertEquals(Verdict.SKIPPED, r.verdict());
    assertTrue(r.note().contains("never initialized by the workload"), r.note());
    Class<?> type = Class.forName(F + "NeverUsed", false, getClass().getClassLoader());
    assertFalse(new ClassInitialization().isInitialized(type), "the probe initialized the class");
  }

  @Test
  void valueWithNoSize_isSkippedWithANote() throws Exception {
    HolderResult r = only(run(500, i -> Counters.log("line " + i), "UnboundedStaticCollection:" + F + "Counters.log"));
    assertEquals(Verdict.SKIPPED, r.verdict());
    assertTrue(r.note().contains("java.lang.StringBuilder") && r.note().contains("no size"), r.note());
  }

  @Test
  void multiThreadedWorkload_isSampledBetweenBatches_exactCounts() throws Exception {
    Reports.sarif(dir, "UnboundedStaticCollection:" + F + "Counters.counts");
    LeakSettings s = Reports.settings(dir, 4_000, 4, List.of());
    RunReport report = LoadRun.run("threads", s, ReportedHolders.find(s), getClass().getClassLoader(), List.of(), Baseline.empty(),
        i -> Counters.count(unique + i));
    HolderResult r = only(report);
    assertEquals(Verdict.CONFIRMED, r.verdict(), r.note());
    assertEquals(s.checkpointAt(5) - s.checkpointAt(0), r.sizes().get(5) - r.sizes().get(0), "every iteration ran before the sample");
  }

  @Test
  void watchedFieldThatIsNoFinding_isMeasuredToo() throws Exception {
    Reports.sarif(dir);
    LeakSettings s = Reports.settings(dir, 1_000, 1, List.of(F + "RecentLookups.recent"));
    RunReport report = LoadRun.run("watch", s, ReportedHolders.find(s), getClass().getClassLoader(), List.of(), Baseline.empty(),
        i -> RecentLookups.remember("w" + i, "v"));
    HolderResult r = only(report);
    assertFalse(r.holder().reported());
    assertEquals(Verdict.FLAT, r.verdict());
  }

  @Test
  void confirmedHolder_failsTheTest_tableAndRuntimeJsonWritten() throws Exception {
    Reports.sarif(dir, "UnboundedStaticCollection:" + F + "Outer.Registry.entries", "UnboundedStaticCollection:" + F + "EveryTenth.untouched");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> LeakWatch.confirm("LeakWatchTest#fails", Reports.settings(dir, 1_000), getClass().getClassLoader(), i -> Outer.register(unique + i)));
    assertTrue(e.getMessage().contains(F + "Outer.Registry.entries: confirmed at 1.000 entries/iteration"), e.getMessage());
    assertFalse(e.getMessage().contains("untouched"), e.getMessage());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("runtime.json").toFile());
    assertEquals(1, json.get("version").asInt());
    assertEquals(2, json.get("holders").size());
    JsonNode entries = json.get("holders").get(1);
    assertEquals(F + "Outer.Registry.entries", entries.get("holder").asText());
    assertEquals("confirmed", entries.get("verdict").asText());
    assertEquals("UnboundedStaticCollection:" + F + "Outer.Registry.entries", entries.get("fingerprint").asText());
    assertEquals("LeakWatchTest#fails", json.get("runs").get(0).get("test").asText());
  }

  @Test
  void confirmedHolderInTheBaseline_doesNotFailTheTest() throws Exception {
    String finding = "UnboundedStaticCollection:" + F + "Outer.Registry.entries";
    Reports.sarif(dir, finding);
    Files.writeString(dir.resolve("leakguard-baseline.json"), "{\"version\": 1, \"fingerprints\": [\"" + finding + "\"]}");
    RunReport report = LeakWatch.confirm("baselined", Reports.settings(dir, 1_000), getClass().getClassLoader(), i -> Outer.register(unique + i));
    HolderResult r = only(report);
    assertEquals(Verdict.CONFIRMED, r.verdict());
    assertTrue(r.baselined());
    assertTrue(report.table().contains("confirmed (baseline)"), report.table());
  }

  @Test
  void withoutAReport_theAnalyzerFindsTheHoldersInTheSources() throws Exception {
    LeakSettings s = new LeakSettings(1_000, 5, 100, 1, LeakSettings.DEFAULT_MIN_RATE, List.of(), dir,
        List.of(Path.of("src/test/java/dev/leakguard/junit/fixtures")), dir.resolve("none.json"));
    ReportedHolders.Found found = ReportedHolders.find(s);
    assertTrue(found.source().startsWith("the analyzer on"), found.source());
    List<String> ids = found.holders().stream().map(WatchedHolder::id).toList();
    assertTrue(ids.contains(F + "EveryTenth.seen"), ids.toString());
    assertTrue(ids.contains(F + "Sessions.open"), ids.toString());
    assertFalse(ids.contains(F + "RecentLookups.recent"), "a bounded LRU is no finding: " + ids);
  }
}
