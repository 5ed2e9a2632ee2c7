package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every single-file conformance case, run through PMD as a user runs it (the ruleset, rule
 * properties for the case's options): PMD's violations must match the case's markers exactly,
 * with type resolution (the test classpath as auxclasspath) and with the JDK only (library names from imports).
 */
class PmdConformanceTest {

  static Stream<ConformanceCase> singleFileCases() {
    return ConformanceCases.singleFile().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFileCases")
  void holdsWithTypeResolution(ConformanceCase c) {
    assertHolds(c, PmdRun.TypeResolution.CLASSPATH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFileCases")
  void holdsWithJdkOnly(ConformanceCase c) {
    assertHolds(c, PmdRun.TypeResolution.JDK_ONLY);
  }

  private static void assertHolds(ConformanceCase c, PmdRun.TypeResolution resolution) {
    List<PmdRun.Result> results = PmdRun.run(c.files(), c.options(), resolution);
    List<String> problems = c.check(PmdRun.reported(results, c.root()));
    assertEquals(List.of(), problems, c.name() + " (" + resolution + ")");
  }
}
