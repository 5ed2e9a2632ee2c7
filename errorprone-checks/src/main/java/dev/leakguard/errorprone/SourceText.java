package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getStartPosition;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import dev.leakguard.core.syntax.Pos;
import java.io.IOException;

/** A compilation unit's file name and text: positions as lines and columns, and the text of trees. */
final class SourceText {
  private final VisitorState state;
  private final String file;
  private final LineMap lines;
  /** The file's text, or null when javac cannot give it. */
  private final String source;

  SourceText(CompilationUnitTree unit, VisitorState state) {
    this.state = state;
    this.file = fileName(unit);
    this.lines = unit.getLineMap();
    this.source = sourceOf(unit, state);
  }

  String file() {
    return file;
  }

  /** The file's text, or null. */
  String text() {
    return source;
  }

  Pos pos(int offset) {
    if (offset < 0) {
      return new Pos(0, 0);
    }
    return new Pos((int) lines.getLineNumber(offset), (int) lines.getColumnNumber(offset));
  }

  Pos pos(Tree tree) {
    return pos(getStartPosition(tree));
  }

  /** The line a tree begins on (its first modifier or annotation for a declaration). */
  int firstLine(Tree tree) {
    return (int) lines.getLineNumber(Math.max(0, getStartPosition(tree)));
  }

  /** The line a tree ends on. */
  int lastLine(Tree tree) {
    int end = state.getEndPosition(tree);
    return end > 0 ? (int) lines.getLineNumber(end) : firstLine(tree);
  }

  /** The tree's text as written (javac's rendering when the text is not available). */
  String text(Tree tree) {
    int start = getStartPosition(tree);
    int end = state.getEndPosition(tree);
    if (source == null || start < 0 || end <= start || end > source.length()) {
      return tree.toString();
    }
    return source.substring(start, end);
  }

  private static String fileName(CompilationUnitTree unit) {
    java.net.URI uri = unit.getSourceFile().toUri();
    if ("file".equals(uri.getScheme())) {
      return java.nio.file.Path.of(uri).toString();
    }
    String path = uri.getPath();
    return path != null && !path.isEmpty() ? path : unit.getSourceFile().getName();
  }

  private static String sourceOf(CompilationUnitTree unit, VisitorState state) {
    CharSequence text;
    try {
      text = unit.getSourceFile().getCharContent(true);
    } catch (IOException | UnsupportedOperationException e) {
      text = state.getSourceCode();
    }
    return text == null ? null : text.toString();
  }
}
