package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where a file's code ends, for a change after it that cannot change its facts (see {@link Identifiers}). */
class IdentifiersCodeEndTest {
  private static int codeEnd(String source) {
    return Identifiers.of(source.getBytes(StandardCharsets.UTF_8)).codeEnd();
  }

  @Test
  void theCodeEndsAtTheEndOfItsLastTokensLine_aCommentThereIsCode() {
    String code = "class A {\n  int x;\n} // end";
    assertEquals(code.length(), codeEnd(code));
    assertEquals(code.length(), codeEnd(code + "\n\n// touched\n/* more */\n"));
  }

  @Test
  void moreThanWholeCommentsAfterTheCode_leaveItUnknown() {
    String code = "class A {\n}";
    assertEquals(-1, codeEnd(code + "\n/* not closed\n"));
    assertEquals(-1, codeEnd(code + "\n// \\u000a class B {}\n"), "a Unicode escape may end a line comment");
    assertEquals(-1, codeEnd(code + " /* opened on the last line\n of code */\n"), "a comment opened there may document it");
  }
}
