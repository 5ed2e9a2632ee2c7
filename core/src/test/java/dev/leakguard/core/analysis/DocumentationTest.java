package dev.leakguard.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.Location;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DocumentationTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      '// Bound: one per tenant'           | 'Bound: one per tenant'
      '//Bound: x'                         | 'Bound: x'
      '/* Eviction: nightly */'            | 'Eviction: nightly'
      '/** Bound: ISO codes */'            | 'Bound: ISO codes'
      '   * Eviction: on logout'           | 'Eviction: on logout'
      '** Bound: x'                        | 'Bound: x'
      ' */'                                | ''
      '/**'                                | ''
      '*'                                  | ''
      'Bound: plain text'                  | 'Bound: plain text'
      '  indented text  '                  | 'indented text'
      """)
  void stripCommentSyntax(String raw, String expected) {
    assertEquals(expected, Documentation.stripCommentSyntax(raw));
  }

  @Test
  void of_readsTheFirstDocumentedLine() {
    Documentation.Bound bound = Documentation.of(holder(List.of(), "/**\n * Codes.\n * eviction: reload()\n */"));

    assertEquals(Documentation.State.DOCUMENTED, bound.state());
    assertEquals("eviction: reload()", bound.text());
  }

  @Test
  void of_annotationReasonComesFirst() {
    Documentation.Bound bound = Documentation.of(holder(List.of(AnnotationFact.of("Evicted", " on logout ")), "// Bound: x"));

    assertEquals("@Evicted(\"on logout\")", bound.text());
  }

  @Test
  void of_markerAnnotationIsBlank() {
    assertEquals(Documentation.State.BLANK, Documentation.of(holder(List.of(AnnotationFact.marker("Bounded")), "")).state());
  }

  @Test
  void of_nothingIsNone() {
    assertEquals(Documentation.Bound.NONE, Documentation.of(holder(List.of(AnnotationFact.marker("Deprecated")), "// a cache")));
  }

  private static HolderFact holder(List<AnnotationFact> annotations, String doc) {
    return new HolderFact("pkg.C", "F", new Location("C.java", 1, 1), null, true, true, null, annotations, doc, Set.of());
  }
}
