package dev.leakguard.analyzer.reader;

import com.github.javaparser.ast.CompilationUnit;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.syntax.FactsExtractor;

/**
 * Reads one JavaParser compilation unit into core facts (core/README.md, "Writing a reader"): it
 * copies the tree into core's syntax tree ({@link SyntaxCopier}) and core's one walk reads the
 * facts from there.
 */
public final class FactsReader {
  private FactsReader() {}

  /**
   * Reads a parsed file. {@code source} is its text: core finds the comments that document a
   * field in it, not JavaParser's attribution.
   */
  public static FileFacts read(String file, CompilationUnit cu, String source, Catalog catalog) {
    return new FileFacts(file, FactsExtractor.extract(SyntaxCopier.copy(file, cu, source), catalog));
  }
}
