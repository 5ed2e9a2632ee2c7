package dev.leakguard.core.syntax;

import dev.leakguard.core.syntax.Declaration.ConstructorDecl;
import dev.leakguard.core.syntax.Declaration.EnumConstant;
import dev.leakguard.core.syntax.Declaration.FieldDecl;
import dev.leakguard.core.syntax.Declaration.InitializerDecl;
import dev.leakguard.core.syntax.Declaration.MethodDecl;
import dev.leakguard.core.syntax.Declaration.TypeDecl;
import dev.leakguard.core.syntax.Expression.*;
import dev.leakguard.core.syntax.Statement.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every node under a node, in source order: for questions about a whole subtree. */
public final class Descendants {
  private Descendants() {}

  /** The nodes of type {@code kind} in the subtree of {@code root} ({@code root} included), in source order. */
  public static <T extends Syntax> List<T> of(Syntax root, Class<T> kind) {
    List<T> found = new ArrayList<>();
    visit(root, n -> {
      if (kind.isInstance(n)) {
        found.add(kind.cast(n));
      }
    });
    return found;
  }

  private static void visit(Syntax n, Consumer<Syntax> action) {
    if (n == null) {
      return;
    }
    action.accept(n);
    children(n, c -> visit(c, action));
  }

  /**
   * The {@code return} statements of a body, not those of the lambdas, anonymous and local classes
   * or declarations written in it (they return from something else).
   */
  static void returnsOf(Syntax n, List<Return> out) {
    if (n == null || n instanceof Lambda || n instanceof New || n instanceof LocalType || n instanceof Declaration) {
      return;
    }
    if (n instanceof Return r) {
      out.add(r);
    }
    children(n, c -> returnsOf(c, out));
  }

  /** The direct children of {@code n} that are nodes, in source order. */
  static void children(Syntax n, Consumer<Syntax> each) {
    if (n instanceof Name || n instanceof This || n instanceof TypeName || n instanceof Literal
        || n instanceof TypePattern || n instanceof Param || n instanceof Jump) {
      return; // a leaf
    }
    if (n instanceof FieldAccess x) {
      each.accept(x.scope());
    } else if (n instanceof Call x) {
      each.accept(x.scope());
      x.args().forEach(each);
    } else if (n instanceof New x) {
      each.accept(x.scope());
      x.args().forEach(each);
      if (x.body() != null) {
        x.body().forEach(each);
      }
    } else if (n instanceof Lambda x) {
      x.params().forEach(each);
      each.accept(x.body());
    } else if (n instanceof MethodRef x) {
      each.accept(x.scope());
    } else if (n instanceof Assign x) {
      each.accept(x.target());
      each.accept(x.value());
    } else if (n instanceof Binary x) {
      each.accept(x.left());
      each.accept(x.right());
    } else if (n instanceof Unary x) {
      each.accept(x.operand());
    } else if (n instanceof Conditional x) {
      each.accept(x.condition());
      each.accept(x.then());
      each.accept(x.otherwise());
    } else if (n instanceof Cast x) {
      each.accept(x.expression());
    } else if (n instanceof Parens x) {
      each.accept(x.inner());
    } else if (n instanceof InstanceOf x) {
      each.accept(x.expression());
      each.accept(x.pattern());
    } else if (n instanceof RecordPattern x) {
      x.components().forEach(each);
    } else if (n instanceof SwitchExpr x) {
      each.accept(x.selector());
      x.cases().forEach(each);
    } else if (n instanceof ArrayAccess x) {
      each.accept(x.array());
      each.accept(x.index());
    } else if (n instanceof LocalVars x) {
      x.variables().forEach(each);
    } else if (n instanceof Other x) {
      x.parts().forEach(each);
    } else if (n instanceof VarDecl x) {
      each.accept(x.init());
    } else if (n instanceof Block x) {
      x.statements().forEach(each);
    } else if (n instanceof ExpressionStmt x) {
      each.accept(x.expression());
    } else if (n instanceof If x) {
      each.accept(x.condition());
      each.accept(x.then());
      each.accept(x.otherwise());
    } else if (n instanceof While x) {
      each.accept(x.condition());
      each.accept(x.body());
    } else if (n instanceof Do x) {
      each.accept(x.body());
      each.accept(x.condition());
    } else if (n instanceof For x) {
      x.init().forEach(each);
      each.accept(x.condition());
      x.update().forEach(each);
      each.accept(x.body());
    } else if (n instanceof ForEach x) {
      each.accept(x.variable());
      each.accept(x.iterable());
      each.accept(x.body());
    } else if (n instanceof Try x) {
      x.resources().forEach(each);
      each.accept(x.block());
      x.catches().forEach(each);
      each.accept(x.finallyBlock());
    } else if (n instanceof Catch x) {
      each.accept(x.param());
      each.accept(x.body());
    } else if (n instanceof Switch x) {
      each.accept(x.selector());
      x.cases().forEach(each);
    } else if (n instanceof SwitchCase x) {
      x.labels().forEach(each);
      each.accept(x.guard());
      x.body().forEach(each);
    } else if (n instanceof Return x) {
      each.accept(x.value());
    } else if (n instanceof Throw x) {
      each.accept(x.value());
    } else if (n instanceof Yield x) {
      each.accept(x.value());
    } else if (n instanceof Synchronized x) {
      each.accept(x.lock());
      each.accept(x.body());
    } else if (n instanceof Assert x) {
      each.accept(x.check());
      each.accept(x.message());
    } else if (n instanceof Labeled x) {
      each.accept(x.body());
    } else if (n instanceof LocalType x) {
      each.accept(x.type());
    } else if (n instanceof ConstructorCall x) {
      each.accept(x.qualifier());
      x.args().forEach(each);
    } else if (n instanceof TypeDecl x) {
      x.constants().forEach(each);
      x.members().forEach(each);
    } else if (n instanceof FieldDecl x) {
      x.variables().forEach(each);
    } else if (n instanceof MethodDecl x) {
      x.params().forEach(each);
      each.accept(x.body());
    } else if (n instanceof ConstructorDecl x) {
      x.params().forEach(each);
      each.accept(x.body());
    } else if (n instanceof InitializerDecl x) {
      each.accept(x.body());
    } else if (n instanceof EnumConstant x) {
      x.args().forEach(each);
      x.body().forEach(each);
    } else {
      throw new IllegalArgumentException("not a syntax node: " + n.getClass().getName());
    }
  }
}
