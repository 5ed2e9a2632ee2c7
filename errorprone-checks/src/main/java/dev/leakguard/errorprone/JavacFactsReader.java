package dev.leakguard.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.syntax.DeepStack;
import dev.leakguard.core.syntax.FactsExtractor;
import java.util.Map;

/**
 * Reads one javac compilation unit into core {@link Facts} (core/README.md, "Writing a reader"):
 * it copies the trees into core's syntax tree ({@link JavacSyntaxCopier}, with javac's type
 * resolution as hints) and core's one walk reads the facts from there, as it does for every
 * front end.
 */
public final class JavacFactsReader {
  /** Resolves names from on-demand imports to the types the catalog knows. */
  private static final Catalog CATALOG = Catalog.buildDefault();

  private JavacFactsReader() {}

  /** What a reading gives: the facts, and each field's declaration for the reporter. */
  public record Reading(Facts facts, Map<String, JCVariableDecl> fields) {}

  /** Reads {@code unit}; {@code state} gives javac's types and the file's end positions. */
  public static Reading read(CompilationUnitTree unit, VisitorState state) {
    return DeepStack.call(() -> {
      JavacSyntaxCopier.Copy copy = JavacSyntaxCopier.copy(unit, new SourceText(unit, state), state.getTypes());
      return new Reading(FactsExtractor.extract(copy.file(), CATALOG), copy.fields());
    });
  }
}
