package dev.leakguard.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceCommentsTest {

  @Test
  void blockDirectlyAbove_andCommentsOnTheDeclarationsLines() {
    String src = String.join("\n",
        "class A {",                                   // 1
        "  /** Eviction: on logout. */",               // 2
        "  // second line",                            // 3
        "  @Deprecated // between annotations",        // 4
        "  static final Map<String, String> M =",      // 5
        "      new HashMap<>(); // Bound: one per user", // 6
        "}");
    assertEquals("/** Eviction: on logout. */\n// second line\n// between annotations\n// Bound: one per user\n",
        SourceComments.of(src).attachedTo(4, 6));
  }

  @Test
  void aBlankLineOrCodeBetween_endsTheBlockAbove() {
    String src = String.join("\n",
        "class A {",
        "  // about something else",
        "",
        "  int x; // trailing comment of x",
        "  static final List<String> L = new ArrayList<>();",
        "}");
    SourceComments comments = SourceComments.of(src);
    assertEquals("", comments.attachedTo(5, 5));
    assertEquals("// trailing comment of x\n", comments.attachedTo(4, 4));
  }

  @Test
  void commentMarkersInsideLiterals_areNotComments() {
    String src = String.join("\n",
        "class A {",
        "  static final String URL = \"http://example.com/*\";",
        "  static final String BLOCK = \"\"\"",
        "      // not a comment */",
        "      \"\"\";",
        "  static final char SLASH = '/';",
        "  static final Set<String> S = new HashSet<>();",
        "}");
    SourceComments comments = SourceComments.of(src);
    assertEquals("", comments.attachedTo(7, 7));
    assertEquals("", comments.attachedTo(3, 5));
  }

  @Test
  void multiLineBlockComment_countsItsLines() {
    String src = String.join("\n",
        "class A {",
        "  /*",
        "   * Bound: one per tenant.",
        "   */",
        "  static final Map<String, String> T = new HashMap<>();",
        "}");
    assertEquals("/*\n   * Bound: one per tenant.\n   */\n", SourceComments.of(src).attachedTo(5, 5));
  }

  @Test
  void noSource_noDocumentation() {
    assertEquals("", SourceComments.of(null).attachedTo(1, 1));
  }
}
