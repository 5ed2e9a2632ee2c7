package dev.leakguard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCaseMarkersTest {
  @TempDir Path dir;

  @Test
  void aPositiveMarkerWithoutKindAndConfidenceIsALoadErrorNamingFileAndLine() throws IOException {
    Path file = write("Missing.java", "class Missing {", "  static java.util.List<String> L; // expect: UnboundedStaticCollection", "}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConformanceCase.load(dir, file));
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    assertTrue(e.getMessage().contains("needs both kind= and confidence="), e.getMessage());
  }

  @Test
  void aPositiveMarkerWithOnlyOneOfThemIsALoadErrorSayingWhichIsMissing() throws IOException {
    Path kindOnly = write("KindOnly.java", "class KindOnly {",
        "  static java.util.List<String> L; // expect: UnboundedStaticCollection kind=GROWTH", "}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ConformanceCase.load(dir, kindOnly)).getMessage()
        .endsWith("missing confidence="));
    Path confidenceOnly = write("ConfidenceOnly.java", "class ConfidenceOnly {",
        "  static java.util.List<String> L; // expect: UnboundedStaticCollection confidence=high", "}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ConformanceCase.load(dir, confidenceOnly)).getMessage()
        .endsWith("missing kind="));
  }

  @Test
  void anUnknownKindOrConfidenceIsALoadErrorNamingFileAndLine() throws IOException {
    Path file = write("BadKind.java", "class BadKind {",
        "  static java.util.List<String> L; // expect: UnboundedStaticCollection kind=GROWN confidence=high", "}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConformanceCase.load(dir, file));
    assertTrue(e.getMessage().startsWith(file + ":2: unknown kind 'GROWN'"), e.getMessage());
    Path low = write("LowConfidence.java", "class LowConfidence {",
        "  static java.util.List<String> L; // expect: UnboundedStaticCollection kind=GROWTH confidence=low", "}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ConformanceCase.load(dir, low)).getMessage()
        .startsWith(low + ":2: unknown confidence 'low'"));
  }

  @Test
  void negativesAndDesiresNeedNeither() throws IOException {
    Path file = write("Lived.java", "class Lived {",
        "  static java.util.List<String> A; // expect: none",
        "  static java.util.List<String> B; // desire: none",
        "  static java.util.List<String> C; // desire: UnboundedStaticCollection", "}");
    ConformanceCase c = ConformanceCase.load(dir, file);
    assertEquals(1, c.check(List.of()).size(), "only the 'desire: none' with nothing reported is a difference");
  }

  @Test
  void aCaseIsNamedByItsPathUnderTheCasesRoot_withForwardSlashes() throws IOException {
    Files.createDirectories(dir.resolve("single-file/growth"));
    Path file = write("single-file/growth/Named.java", "class Named {", "  static java.util.List<String> A; // expect: none", "}");
    assertEquals("single-file/growth/Named.java", ConformanceCase.load(dir, file).name());
    assertEquals("single-file/growth/Named.java", ConformanceCase.load(dir.resolve("single-file/.."), file).name());
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }
}
