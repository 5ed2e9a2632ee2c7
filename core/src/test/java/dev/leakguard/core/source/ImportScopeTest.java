package dev.leakguard.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportScopeTest {
  private final ImportScope scope = new ImportScope("app.web", name -> name.equals("java.util.HashMap"));

  ImportScopeTest() {
    scope.addImport("java.util.Map", false, false);
    scope.addImport("java.util", false, true);
    scope.addImport("java.util.concurrent", false, true);
    scope.addImport("app.core.Registry.SERVICES", true, false);
    scope.addImport("app.core.Limits", true, true);
    scope.declare("Handler");
    scope.declare("Handler.Route");
  }

  @Test
  void classesDeclaredHere_resolveByPathAndSimpleName() {
    assertEquals("app.web.Handler.Route", scope.resolve("Handler.Route"));
    assertEquals("app.web.Handler.Route", scope.resolve("Route"));
    assertTrue(scope.isDeclaredHere("Route"));
    assertFalse(scope.isDeclaredHere("Registry"));
  }

  @Test
  void singleImports_resolveTheFirstSegment_typeArgumentsAndSpacesDropped() {
    assertEquals("java.util.Map", scope.resolve("Map<String, List<String>>"));
    assertEquals("java.util.Map.Entry", scope.resolve("Map . Entry"));
  }

  @Test
  void onDemandImports_resolveOnlyWhatThePredicateKnows() {
    assertEquals("java.util.HashMap", scope.resolve("HashMap"));
    assertEquals("ConcurrentHashMap", scope.resolve("ConcurrentHashMap"));
  }

  @Test
  void qualifiedNames_stayAsWritten() {
    assertEquals("java.util.TreeMap", scope.resolve("java.util.TreeMap"));
  }

  @Test
  void candidates_addTheSamePackage_onlyForUnresolvedClassNames() {
    assertEquals(List.of("Registry", "app.web.Registry"), scope.candidates("Registry"));
    assertEquals(List.of("Outer.Inner", "app.web.Outer.Inner"), scope.candidates("Outer.Inner"));
    assertEquals(List.of("java.util.Map"), scope.candidates("Map"));
    assertEquals(List.of("java.util.TreeMap"), scope.candidates("java.util.TreeMap"));
    assertEquals(List.of("Registry"), new ImportScope("", n -> false).candidates("Registry"));
  }

  @Test
  void staticImports_nameTheirOwners() {
    assertEquals("app.core.Registry", scope.staticImportOwner("SERVICES"));
    assertNull(scope.staticImportOwner("OTHER"));
    assertEquals(List.of("app.core.Limits"), scope.staticOnDemandTypes());
  }
}
