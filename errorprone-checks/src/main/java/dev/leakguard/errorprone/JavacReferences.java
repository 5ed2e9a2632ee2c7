package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static dev.leakguard.errorprone.JavacDeclarations.className;
import static dev.leakguard.errorprone.JavacDeclarations.isNamed;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Names what an expression refers to as javac's symbols resolve it, for core to resolve further:
 * a local or parameter at the definition that reaches it, a field of the class that declares it,
 * the value of a call of a named class's method.
 */
final class JavacReferences {
  /** A chain of calls from a reference: {@code F}, {@code F.entrySet().iterator()}, {@code registry()}. */
  record Chain(Ref start, List<String> calls) {}

  /** The definition of a local or parameter that reaches the code being read, or null. */
  private final Function<Symbol, String> definitions;
  /** A local's or parameter's type as written, or null ({@code var}, an untyped lambda parameter). */
  private final Function<Symbol, TypeRef> declaredTypes;

  JavacReferences(Function<Symbol, String> definitions, Function<Symbol, TypeRef> declaredTypes) {
    this.definitions = definitions;
    this.declaredTypes = declaredTypes;
  }

  /**
   * What a name refers to: a local at its reaching definition, a field of its declaring class, or
   * a field of the object a local holds ({@code style.cache}), by the local's declared type.
   */
  Ref refOf(ExpressionTree tree) {
    if (!(getSymbol(tree) instanceof VarSymbol v) || v.name.contentEquals("this") || v.name.contentEquals("super")) {
      return null;
    }
    if (!v.getKind().isField()) {
      String id = tree instanceof IdentifierTree ? definitions.apply(v) : null;
      return id == null ? null : new Ref.Local(id);
    }
    VarSymbol holder = tree instanceof MemberSelectTree select ? localOf(select.getExpression()) : null;
    if (holder != null) {
      return fieldOfLocal(holder, v.name.toString());
    }
    return v.owner instanceof ClassSymbol owner && isNamed(owner) ? Ref.Field.declaredIn(className(owner), v.name.toString()) : null;
  }

  /** The local variable (not a field) a qualifier names, or null. */
  private static VarSymbol localOf(ExpressionTree qualifier) {
    ExpressionTree e = TreePaths.strip(qualifier);
    return e instanceof IdentifierTree && getSymbol(e) instanceof VarSymbol v && !v.getKind().isField()
        && !v.name.contentEquals("this") && !v.name.contentEquals("super") ? v : null;
  }

  /**
   * A field of the object {@code local} holds, looked up from the local's declared type (its
   * supertypes included). As the analyzer reads it: a {@code var} local and an untyped lambda
   * parameter say nothing.
   */
  private Ref fieldOfLocal(VarSymbol local, String field) {
    TypeRef declared = declaredTypes.apply(local);
    return declared == null ? null : new Ref.Field(List.of(declared.name()), field, true);
  }

  /**
   * What a call returns, when the call names its class: unqualified (a method of an enclosing
   * class or statically imported), on {@code this} or on a type. A call on a value is a chain.
   */
  Ref returnedRef(MethodInvocationTree call, MethodSymbol sym) {
    ExpressionTree select = call.getMethodSelect();
    boolean namesClass = select instanceof IdentifierTree
        || select instanceof MemberSelectTree ms && (isThis(ms.getExpression()) || getSymbol(ms.getExpression()) instanceof ClassSymbol);
    if (!namesClass || !(sym.owner instanceof ClassSymbol owner) || !isNamed(owner)) {
      return null;
    }
    return new Ref.Returned(List.of(className(owner)), sym.getSimpleName().toString(), call.getArguments().size(), false);
  }

  private static boolean isThis(ExpressionTree tree) {
    ExpressionTree e = TreePaths.strip(tree);
    return e instanceof IdentifierTree id && id.getName().contentEquals("this")
        || e instanceof MemberSelectTree ms && ms.getIdentifier().contentEquals("this");
  }

  /** The reference a value starts at and the calls applied to it, or null when it starts at none. */
  Chain chainOf(ExpressionTree value) {
    ExpressionTree e = TreePaths.strip(value);
    if (!(e instanceof MethodInvocationTree call)) {
      Ref ref = refOf(e);
      return ref == null ? null : new Chain(ref, List.of());
    }
    MethodSymbol sym = getSymbol(call);
    Ref returned = sym == null ? null : returnedRef(call, sym);
    if (returned != null) {
      return new Chain(returned, List.of());
    }
    Chain receiver = call.getMethodSelect() instanceof MemberSelectTree ms ? chainOf(ms.getExpression()) : null;
    if (receiver == null) {
      return null;
    }
    List<String> calls = new ArrayList<>(receiver.calls());
    calls.add(JavacShapes.methodName(call));
    return new Chain(receiver.start(), calls);
  }
}
