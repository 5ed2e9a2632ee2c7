package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for report writers, PMD's way: a missing golden file is written from the actual
 * output and the test fails, saying where it put it, so the first run is reviewed, not trusted.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (!Files.exists(file)) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      fail("golden file " + file.toAbsolutePath() + " did not exist; wrote it from this run: review and commit it");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
  }
}
