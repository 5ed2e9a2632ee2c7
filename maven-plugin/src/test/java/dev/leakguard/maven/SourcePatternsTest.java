package dev.leakguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePatternsTest {
  private static boolean matches(String pattern, String path) {
    return SourcePatterns.of("includes", List.of(pattern)).matchesAny(List.of(path));
  }

  @Test
  void doubleStarSlash_matchesNoDirectoryToo() {
    assertTrue(matches("**/*.java", "Foo.java"));
    assertTrue(matches("**/*.java", "src/main/java/a/Foo.java"));
    assertTrue(matches("**/generated/**", "src/main/java/com/acme/generated/Dto.java"));
    assertFalse(matches("**/generated/**", "src/main/java/com/acme/Generator.java"));
  }

  @Test
  void singleStar_staysInOneDirectory() {
    assertTrue(matches("com/acme/*.java", "com/acme/Foo.java"));
    assertFalse(matches("com/acme/*.java", "com/acme/sub/Foo.java"));
    assertTrue(matches("com/acme/Fo?.java", "com/acme/Foo.java"));
  }

  @Test
  void trailingSlash_meansEverythingBelow() {
    assertTrue(matches("src/legacy/", "src/legacy/a/B.java"));
  }

  @Test
  void regexCharacters_areLiteral() {
    assertTrue(matches("a+b/(x).java", "a+b/(x).java"));
    assertFalse(matches("a.java", "abjava"));
  }

  @Test
  void backslashes_areSlashes() {
    assertTrue(matches("com\\acme\\**", "com/acme/x/Y.java"));
  }

  @Test
  void blankPattern_namesTheParameter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SourcePatterns.of("excludes", List.of("**/a/**", " ")));
    assertTrue(e.getMessage().startsWith("parameter 'excludes' has a blank pattern"), e.getMessage());
  }
}
