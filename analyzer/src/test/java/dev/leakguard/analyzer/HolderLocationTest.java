package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a holder is reached at run time, as data: the owner path of a field of an owned object and
 * the wrapped field of a project container, in the findings and in SARIF, outside the fingerprint.
 */
class HolderLocationTest {
  private static final Path CASES = ConformanceCases.casesRoot();

  @TempDir
  Path dir;

  private static AnalysisResult analyze(Path... roots) {
    return new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(roots));
  }

  private static Finding only(AnalysisResult result) {
    assertEquals(1, result.findings().size(), () -> "findings: " + result.findings());
    return result.findings().get(0);
  }

  @Test
  void ownedHelper_pathFromTheStaticInstanceThroughTheOwnersField() {
    Finding f = only(analyze(CASES.resolve("single-file/singletons/OwnedHelperObject.java")));
    assertEquals("conformance.singletons.OwnedHelperObject.KeyLocks.byKey", f.holder());
    assertEquals(List.of("conformance.singletons.OwnedHelperObject.INSTANCE", "keyLocks"), f.ownerPath());
    assertNull(f.containerField());
    assertEquals("UnboundedSingletonCollection:conformance.singletons.OwnedHelperObject.KeyLocks.byKey", f.fingerprint());
  }

  @Test
  void ownedHelperInAnotherFile_pathAcrossFiles() {
    Finding f = only(analyze(CASES.resolve("cross-file/owned-helper-elsewhere")));
    assertEquals(List.of("conformance.crossfile.ownedhelperelsewhere.ConnectionRegistry.INSTANCE", "stats"), f.ownerPath());
  }

  @Test
  void helperMadeInAnEnumsConstructor_pathFromTheClassThroughTheFieldOfItsType() throws Exception {
    Files.writeString(dir.resolve("Registry.java"), """
        package p;
        public enum Registry {
          INSTANCE;
          private final Locks locks;
          Registry() { this.locks = new Locks(); }
          public Object lockFor(String key) { return locks.lockFor(key); }
        }
        """);
    Files.writeString(dir.resolve("Locks.java"), """
        package p;
        import java.util.HashMap;
        import java.util.Map;
        final class Locks {
          private final Map<String, Object> byKey = new HashMap<>();
          Object lockFor(String key) { return byKey.computeIfAbsent(key, k -> new Object()); }
        }
        """);
    Finding f = only(analyze(dir));
    assertEquals("p.Locks.byKey", f.holder());
    assertEquals(List.of("p.Registry", "locks"), f.ownerPath());
  }

  @Test
  void helperMadeInAConstructorWithTwoFieldsOfItsType_hasNoPath_butIsStillReported() throws Exception {
    Files.writeString(dir.resolve("Registry.java"), """
        package p;
        public enum Registry {
          INSTANCE;
          private final Locks readLocks;
          private final Locks writeLocks;
          Registry() { this.readLocks = new Locks(); this.writeLocks = new Locks(); }
          public Object read(String key) { return readLocks.lockFor(key); }
          public Object write(String key) { return writeLocks.lockFor(key); }
        }
        """);
    Files.writeString(dir.resolve("Locks.java"), """
        package p;
        import java.util.HashMap;
        import java.util.Map;
        final class Locks {
          private final Map<String, Object> byKey = new HashMap<>();
          Object lockFor(String key) { return byKey.computeIfAbsent(key, k -> new Object()); }
        }
        """);
    Finding f = only(analyze(dir));
    assertEquals("p.Locks.byKey", f.holder());
    assertEquals(List.of(), f.ownerPath());
  }

  @Test
  void projectContainer_namesTheWrappedField_notTheFingerprint() {
    Finding f = only(analyze(CASES.resolve("cross-file/project-container")));
    assertEquals("conformance.crossfile.projectcontainer.Sessions.STORE", f.holder());
    assertEquals("entries", f.containerField());
    assertEquals(List.of(), f.ownerPath());
    assertEquals("UnboundedStaticCollection:conformance.crossfile.projectcontainer.Sessions.STORE", f.fingerprint());
  }

  @Test
  void directHolder_hasNeither() {
    for (Finding f : analyze(CaseStudy.LEAKY).findings()) {
      assertEquals(List.of(), f.ownerPath(), f.holder());
      assertNull(f.containerField(), f.holder());
    }
  }

  @Test
  void sarif_carriesBothAsResultProperties_andStaysValid() throws Exception {
    String owned = SarifReport.render(analyze(CASES.resolve("cross-file/owned-helper-elsewhere")), CASES);
    String container = SarifReport.render(analyze(CASES.resolve("cross-file/project-container")), CASES);
    assertEquals(List.of(), SarifSchema.violations(owned));
    assertEquals(List.of(), SarifSchema.violations(container));
    JsonNode ownedProps = properties(owned);
    assertEquals("[\"conformance.crossfile.ownedhelperelsewhere.ConnectionRegistry.INSTANCE\",\"stats\"]",
        ownedProps.get(SarifReport.OWNER_PATH_KEY).toString());
    assertFalse(ownedProps.has(SarifReport.CONTAINER_FIELD_KEY));
    assertEquals("conformance.crossfile.ownedhelperelsewhere.ConnectionStats", ownedProps.get(SarifReport.HOLDER_CLASS_KEY).asText());
    JsonNode containerProps = properties(container);
    assertEquals("entries", containerProps.get(SarifReport.CONTAINER_FIELD_KEY).asText());
    assertFalse(containerProps.has(SarifReport.OWNER_PATH_KEY));
  }

  private static JsonNode properties(String sarif) throws Exception {
    return new ObjectMapper().readTree(sarif).get("runs").get(0).get("results").get(0).get("properties");
  }
}
