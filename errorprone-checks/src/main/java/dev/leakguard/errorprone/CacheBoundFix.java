package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.catalog.BuilderFamily;
import dev.leakguard.core.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fix for an unbounded cache builder: a size bound in the field's own builder chain, before
 * the call that builds it ({@code Caffeine.newBuilder().maximumSize(10_000).build()}). Which
 * builders take it is the core catalog's knowledge (the family's bounding calls); 10,000 is a
 * starting point the docs ask users to tune.
 */
final class CacheBoundFix {
  static final String BOUND_CALL = "maximumSize";
  static final String BOUND = ".maximumSize(10_000)";
  /** A weigher needs maximumWeight; a size bound beside it fails when the cache is built. */
  private static final String WEIGHER = "weigher";
  private static final Catalog CATALOG = Catalog.buildDefault();

  private CacheBoundFix() {}

  static Optional<SuggestedFix> of(JCVariableDecl field, VisitorState state) {
    if (field.getInitializer() == null) {
      return Optional.empty();
    }
    // The chain from the outermost call down to its static root.
    List<MethodInvocationTree> chain = new ArrayList<>();
    ExpressionTree cursor = strip(field.getInitializer());
    while (cursor instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
      chain.add(call);
      cursor = strip(select.getExpression());
    }
    if (chain.isEmpty() || !(getSymbol(cursor) instanceof ClassSymbol owner)) {
      return Optional.empty();
    }
    BuilderFamily family = CATALOG.builder(owner.getQualifiedName().toString());
    MethodInvocationTree root = chain.get(chain.size() - 1);
    MethodInvocationTree terminal = chain.get(0);
    if (family == null || !family.boundingCalls().contains(BOUND_CALL) || chain.size() < 2
        || !family.roots().contains(name(root)) || !family.terminals().contains(name(terminal))) {
      return Optional.empty();
    }
    for (MethodInvocationTree call : chain) {
      if (name(call).equals(WEIGHER) || family.boundingCalls().contains(name(call))) {
        return Optional.empty();
      }
    }
    ExpressionTree builder = ((MemberSelectTree) terminal.getMethodSelect()).getExpression();
    return Optional.of(SuggestedFix.postfixWith(builder, BOUND));
  }

  private static String name(MethodInvocationTree call) {
    return ((MemberSelectTree) call.getMethodSelect()).getIdentifier().toString();
  }

  private static ExpressionTree strip(ExpressionTree tree) {
    ExpressionTree e = tree;
    while (e instanceof ParenthesizedTree || e instanceof TypeCastTree) {
      e = e instanceof ParenthesizedTree p ? p.getExpression() : ((TypeCastTree) e).getExpression();
    }
    return e;
  }
}
