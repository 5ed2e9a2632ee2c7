package dev.leakguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RelativePathsTest {
  private static final Path BASE = Path.of("/work/shop");

  @Test
  void aFileUnderTheBase_isRelative_withForwardSlashes() {
    assertEquals("src/main/java/A.java", RelativePaths.relative(BASE, "/work/shop/src/main/java/A.java"));
    assertEquals("src/A.java", RelativePaths.under(BASE, Path.of("/work/shop/./lib/../src/A.java")));
  }

  @Test
  void aFileOutsideTheBase_isAbsolute_orNullUnder() {
    assertEquals("/work/other/A.java", RelativePaths.relative(BASE, "/work/other/A.java"));
    assertNull(RelativePaths.under(BASE, Path.of("/work/shopping/A.java")));
  }

  @Test
  void noBase_isTheFileAsGiven() {
    assertEquals("src/A.java", RelativePaths.relative(null, "src/A.java"));
  }

  @Test
  void aRelativeFile_isTakenFromTheWorkingDirectory() {
    Path cwd = Path.of("").toAbsolutePath();
    assertEquals("x/A.java", RelativePaths.relative(cwd, "x/A.java"));
  }

  @Test
  void steps_goUpOutOfTheBase_andAreEmptyForTheBaseItself() {
    assertEquals("web/src/A.java", RelativePaths.steps(BASE, "/work/shop/web/./src/A.java"));
    assertEquals("../lib/B.java", RelativePaths.steps(BASE, "/work/lib/B.java"));
    assertEquals("", RelativePaths.steps(BASE, "/work/shop"));
  }

  @Test
  void underTheBaseItself_isEmpty() {
    assertEquals("", RelativePaths.under(BASE, Path.of("/work/shop/")));
  }
}
