package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.Variants;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated variant, run through PMD as a user runs it, with type resolution and with the
 * JDK only: the violations match the markers its base shape decides (kind, confidence and growth
 * sites), as in the analyzer and Error Prone.
 */
class PmdVariantsConformanceTest {
  @TempDir static Path variantsDir;

  static Stream<ConformanceCase> variants() {
    return Variants.writeCases(variantsDir).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void holdsWithTypeResolution(ConformanceCase c) {
    assertHolds(c, PmdRun.TypeResolution.CLASSPATH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void holdsWithJdkOnly(ConformanceCase c) {
    assertHolds(c, PmdRun.TypeResolution.JDK_ONLY);
  }

  private static void assertHolds(ConformanceCase c, PmdRun.TypeResolution resolution) {
    List<String> problems = c.check(PmdRun.reported(PmdRun.run(c.files(), c.options(), resolution), c.root()));
    assertEquals(List.of(), problems, c.name() + " (" + resolution + ")");
  }
}
