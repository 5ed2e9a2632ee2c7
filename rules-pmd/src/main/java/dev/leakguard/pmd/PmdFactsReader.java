package dev.leakguard.pmd;

import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.syntax.DeepStack;
import dev.leakguard.core.syntax.FactsExtractor;
import java.util.Map;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;

/**
 * Reads one file's PMD AST into core {@link Facts} (core/README.md, "Writing a reader"): it
 * copies the AST into core's syntax tree ({@link PmdSyntaxCopier}, with PMD's type resolution as
 * hints) and core's one walk reads the facts from there, as it does for every front end.
 */
public final class PmdFactsReader {
  /** Resolves names from on-demand imports to the types the catalog knows. */
  private static final Catalog CATALOG = Catalog.buildDefault();

  private PmdFactsReader() {}

  /** What one file says, and the field node of each holder for reporting. */
  public record FileFacts(Facts facts, Map<String, ASTVariableId> holderNodes) {
    public FileFacts {
      holderNodes = Map.copyOf(holderNodes);
    }
  }

  public static FileFacts read(ASTCompilationUnit root) {
    return DeepStack.call(() -> {
      PmdSyntaxCopier.Copy copy = PmdSyntaxCopier.copy(root);
      return new FileFacts(FactsExtractor.extract(copy.file(), CATALOG), copy.fields());
    });
  }
}
