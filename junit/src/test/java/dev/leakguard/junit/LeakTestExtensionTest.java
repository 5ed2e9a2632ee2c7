package dev.leakguard.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.junit.fixtures.LoadScenarios;
import dev.leakguard.junit.fixtures.RepeatScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** {@link LeakTest} methods run by the JUnit launcher as a build runs them, configured by parameters. */
class LeakTestExtensionTest {
  @TempDir
  Path dir;

  private TestExecutionSummary run(String method) {
    var request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(LoadScenarios.class, method, "int"))
        .configurationParameter("leakguard.reportDirectory", dir.toString())
        .configurationParameter("leakguard.sources", dir.resolve("none").toString())
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    return listener.getSummary();
  }

  @Test
  void growingHolder_failsTheLeakTest_bodyRunOncePerIteration() throws Exception {
    LoadScenarios.ITERATIONS_SEEN.clear();
    TestExecutionSummary summary = run("growing");
    assertEquals(1, summary.getTestsFailedCount(), () -> failures(summary));
    String message = summary.getFailures().get(0).getException().getMessage();
    assertTrue(message.contains("dev.leakguard.junit.fixtures.EveryTenth.seen: confirmed at 0.100 entries/iteration"), message);
    assertTrue(message.contains("[watched]"), message);
    assertEquals(IntStream.range(0, 1_000).boxed().toList(), List.copyOf(LoadScenarios.ITERATIONS_SEEN));
    JsonNode json = new ObjectMapper().readTree(dir.resolve("runtime.json").toFile());
    assertEquals("LoadScenarios#growing", json.get("runs").get(0).get("test").asText());
    assertEquals(4, json.get("runs").get(0).get("checkpoints").asInt());
    assertEquals(List.of(200L, 400L, 600L, 800L, 1000L), toLongs(json.get("holders").get(0).get("checkpoints")));
  }

  @Test
  void repeatInAPlainTest_measuresTheBeanHandedOver_andFails() throws Exception {
    Reports.sarif(dir, "UnboundedSingletonCollection:dev.leakguard.junit.fixtures.ResultStore.results");
    var request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(RepeatScenario.class, "storeResults"))
        .configurationParameter("leakguard.reportDirectory", dir.toString())
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    assertEquals(1, summary.getTestsFailedCount(), () -> failures(summary));
    String message = summary.getFailures().get(0).getException().getMessage();
    assertTrue(message.contains("in RepeatScenario#storeResults"), message);
    assertTrue(message.contains("dev.leakguard.junit.fixtures.ResultStore.results: confirmed at 1.000 entries/iteration"), message);
    assertTrue(message.contains("[UnboundedSingletonCollection]"), message);
  }

  @Test
  void boundedHolder_passes() {
    TestExecutionSummary summary = run("bounded");
    assertEquals(1, summary.getTestsSucceededCount(), () -> failures(summary));
  }

  private static String failures(TestExecutionSummary summary) {
    java.io.StringWriter w = new java.io.StringWriter();
    summary.printFailuresTo(new java.io.PrintWriter(w), 20);
    return summary.getTestsFoundCount() + " tests found; " + w;
  }

  private static List<Long> toLongs(JsonNode array) {
    List<Long> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asLong()));
    return out;
  }
}
