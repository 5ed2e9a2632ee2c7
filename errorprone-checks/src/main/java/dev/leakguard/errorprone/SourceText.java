package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getStartPosition;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.source.SourceComments;
import java.io.IOException;

/** A compilation unit's file name and text: locations, the text of trees, and comments on fields. */
final class SourceText {
  private final VisitorState state;
  private final String file;
  private final LineMap lines;
  /** The file's text, or null when javac cannot give it. */
  private final String source;
  /** Its comments, scanned on first use. */
  private SourceComments comments;

  SourceText(CompilationUnitTree unit, VisitorState state) {
    this.state = state;
    this.file = fileName(unit);
    this.lines = unit.getLineMap();
    this.source = sourceOf(unit, state);
  }

  String file() {
    return file;
  }

  Location location(int pos) {
    if (pos < 0) {
      return new Location(file, 0, 0);
    }
    return new Location(file, (int) lines.getLineNumber(pos), (int) lines.getColumnNumber(pos));
  }

  Location location(Tree tree) {
    return location(getStartPosition(tree));
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

  /**
   * The comments that document a field, as core attaches them ({@link SourceComments}) to the
   * declaration's lines: from its first modifier or annotation to its end.
   */
  String documentation(VariableTree tree) {
    if (source == null) {
      return "";
    }
    if (comments == null) {
      comments = SourceComments.of(source);
    }
    int start = getStartPosition(tree);
    int end = state.getEndPosition(tree);
    int firstLine = (int) lines.getLineNumber(Math.max(0, start));
    int lastLine = end > 0 ? (int) lines.getLineNumber(end) : firstLine;
    return comments.attachedTo(firstLine, lastLine);
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
