package dev.leakguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {
  @TempDir Path dir;

  @Test
  void commaSeparatedElements_areSplitAndTrimmed() {
    assertEquals(List.of("a", "b", "c"), AbstractLeakguardMojo.split(List.of("a, b", "c")));
    assertEquals(List.of(), AbstractLeakguardMojo.split(null));
  }

  @Test
  void judgeOptions_unsetAreTheTablesDefaults() {
    assertEquals(Options.DEFAULT, new CheckMojo().judgeOptions());
  }

  @Test
  void judgeOptions_names_acceptSimpleQualifiedAndAtPrefixed() {
    CheckMojo mojo = new CheckMojo();
    mojo.boundedTypes = List.of("@AppScoped", "com.acme.Ring");
    assertEquals(Set.of("AppScoped", "com.acme.Ring"), mojo.judgeOptions().boundedTypes());
  }

  @Test
  void judgeOptions_theDocumentedRequireGrowthEvidence_andItsAliasStrict_bothWork() {
    CheckMojo documented = new CheckMojo();
    documented.requireGrowthEvidence = "false";
    assertFalse(documented.judgeOptions().requireGrowthEvidence());
    CheckMojo alias = new CheckMojo();
    alias.strict = "true";
    assertFalse(alias.judgeOptions().requireGrowthEvidence());
  }

  @Test
  void judgeOptions_aRefusedValue_namesTheParameterAndItsUserProperty() {
    CheckMojo mojo = new CheckMojo();
    mojo.requireGrowthEvidence = "maybe";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, mojo::judgeOptions);
    assertEquals("parameter 'requireGrowthEvidence' (leakguard.requireGrowthEvidence) must be true or false, not 'maybe'",
        e.getMessage());
    mojo = new CheckMojo();
    mojo.singletonAnnotations = List.of("com.acme.");
    e = assertThrows(IllegalArgumentException.class, mojo::judgeOptions);
    assertTrue(e.getMessage().startsWith("parameter 'singletonAnnotations' (leakguard.singletonAnnotations) has 'com.acme.'"),
        e.getMessage());
    mojo = new CheckMojo();
    mojo.boundedTypes = Arrays.asList("A", "");
    e = assertThrows(IllegalArgumentException.class, mojo::judgeOptions);
    assertTrue(e.getMessage().contains("'boundedTypes' (leakguard.boundedTypes) has a blank entry"), e.getMessage());
    mojo = new CheckMojo();
    mojo.strict = "true";
    mojo.requireGrowthEvidence = "true";
    e = assertThrows(IllegalArgumentException.class, mojo::judgeOptions);
    assertTrue(e.getMessage().contains("contradict each other"), e.getMessage());
  }

  @Test
  void aRefusedOptionValue_isAMojoExecutionExceptionNamingTheParameter() {
    CheckMojo mojo = new CheckMojo();
    mojo.weakCollectionsEvict = "yes";
    org.apache.maven.plugin.MojoExecutionException e =
        assertThrows(org.apache.maven.plugin.MojoExecutionException.class, () -> mojo.request(null, false));
    assertEquals("leakguard: parameter 'weakCollectionsEvict' (leakguard.weakCollectionsEvict) must be true or false,"
        + " not 'yes'", e.getMessage());
  }

  @Test
  void threadsBelowOne_namesTheParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> request(List.of(), List.of(), 0));
    assertTrue(e.getMessage().contains("'threads' (leakguard.threads) must be at least 1, was 0"), e.getMessage());
  }

  @Test
  void select_matchesModuleOrRootRelativePaths_andExcludesWin() throws IOException {
    Path root = dir.resolve("src/main/java");
    write(root.resolve("com/acme/Service.java"));
    write(root.resolve("com/acme/generated/Dto.java"));
    write(root.resolve("com/other/Tool.java"));
    write(root.resolve("com/acme/notes.txt"));

    assertEquals(List.of("com/acme/Service.java", "com/acme/generated/Dto.java", "com/other/Tool.java"),
        selected(root, List.of(), List.of()));
    assertEquals(List.of("com/acme/Service.java"), selected(root, List.of("com/acme/**"), List.of("**/generated/**")));
    assertEquals(List.of("com/other/Tool.java"), selected(root, List.of("src/main/java/com/other/*.java"), List.of()));
  }

  private List<String> selected(Path root, List<String> includes, List<String> excludes) {
    LeakguardRequest r = request(includes, excludes, 1);
    List<String> out = new ArrayList<>();
    for (Path p : LeakguardRun.select(r, List.of(root), new ArrayList<>())) {
      out.add(RelativePaths.relative(root, p));
    }
    return out;
  }

  private LeakguardRequest request(List<String> includes, List<String> excludes, int threads) {
    return new LeakguardRequest(dir, List.of(dir.resolve("src/main/java")), SourcePatterns.of("includes", includes),
        SourcePatterns.of("excludes", excludes), Options.DEFAULT, threads, null, null, null, java.nio.charset.StandardCharsets.UTF_8,
        dev.leakguard.analyzer.FileSize.parse("8M"));
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class X {}\n");
  }
}
