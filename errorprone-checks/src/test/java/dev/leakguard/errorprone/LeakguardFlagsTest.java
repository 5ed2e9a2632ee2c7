package dev.leakguard.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags through a real javac + Error Prone compile: a bad value is an error naming the flag, not a crash. */
class LeakguardFlagsTest {
  @TempDir Path dir;

  private static final String UNGROWN = """
      package flags;

      import java.util.HashMap;
      import java.util.Map;

      public class Registry {
        private static final Map<String, String> NAMES = new HashMap<>();

        public static String name(String key) {
          return NAMES.get(key);
        }
      }
      """;

  @Test
  void aBooleanThatIsNotTrueOrFalse_isOneErrorNamingTheFlag() throws IOException {
    ErrorProneRun run = ErrorProneRun.compile(files(), List.of("-XepOpt:Leakguard:RequireGrowthEvidence=maybe"));
    assertEquals(1, run.errors.size(), run.errors.toString());
    assertTrue(run.errors.get(0).contains("leakguard: -XepOpt:Leakguard:RequireGrowthEvidence must be true or false, not 'maybe'"),
        run.errors.get(0));
    assertTrue(run.diagnostics.isEmpty(), "no judgement on options nobody meant: " + run.diagnostics);
  }

  @Test
  void aBoundedTypeThatIsNotAJavaName_isAnErrorNamingTheFlag() throws IOException {
    ErrorProneRun run = ErrorProneRun.compile(files(), List.of("-XepOpt:Leakguard:BoundedTypes=com.acme.,Ring"));
    assertEquals(1, run.errors.size(), run.errors.toString());
    assertTrue(run.errors.get(0).contains("-XepOpt:Leakguard:BoundedTypes has 'com.acme.', which is not a simple or qualified"
        + " Java name"), run.errors.get(0));
  }

  @Test
  void aSingletonAnnotationThatIsNotAJavaName_isAnErrorNamingTheFlag() throws IOException {
    ErrorProneRun run = ErrorProneRun.compile(files(), List.of("-XepOpt:Leakguard:SingletonAnnotations=app-scoped"));
    assertEquals(1, run.errors.size(), run.errors.toString());
    assertTrue(run.errors.get(0).contains("-XepOpt:Leakguard:SingletonAnnotations has 'app-scoped'"), run.errors.get(0));
  }

  @Test
  void anUnknownLeakguardFlag_isAnErrorListingTheKnownOnes() throws IOException {
    ErrorProneRun run = ErrorProneRun.compile(files(), List.of("-XepOpt:Leakguard:RequireGrowth=false"));
    assertEquals(1, run.errors.size(), run.errors.toString());
    assertTrue(run.errors.get(0).contains("-XepOpt:Leakguard:RequireGrowth is not a leakguard flag; known: "
        + "Leakguard:BoundedTypes, Leakguard:RequireGrowthEvidence"), run.errors.get(0));
  }

  @Test
  void theAliasStrict_switchesToStrictMode() throws IOException {
    ErrorProneRun precise = ErrorProneRun.compile(files(), List.of());
    assertTrue(precise.diagnostics.isEmpty(), precise.diagnostics.toString());
    ErrorProneRun strict = ErrorProneRun.compile(files(), List.of("-XepOpt:Leakguard:Strict=true"));
    assertTrue(strict.errors.isEmpty(), strict.errors.toString());
    assertEquals(List.of(RuleId.UnboundedStaticCollection), strict.diagnostics.stream().map(ErrorProneRun.Reported::rule).toList());
    ErrorProneRun documented = ErrorProneRun.compile(files(), List.of("-XepOpt:Leakguard:RequireGrowthEvidence=false"));
    assertEquals(strict.diagnostics, documented.diagnostics);
  }

  private List<Path> files() throws IOException {
    Path file = dir.resolve("flags/Registry.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, UNGROWN);
    return List.of(file);
  }
}
