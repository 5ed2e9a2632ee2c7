package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassFact.ConstructorVisibility;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.TypeRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.type.TypeKind;

/** Translates javac class and field declarations into {@link ClassFact}s and {@link HolderFact}s. */
final class JavacDeclarations {
  private final JavacShapes shapes;
  private final SourceText source;
  private final Types types;

  JavacDeclarations(JavacShapes shapes, SourceText source, Types types) {
    this.shapes = shapes;
    this.source = source;
    this.types = types;
  }

  /** Named classes by qualified name ({@code pkg.Outer.Inner}); others by javac's flat name. */
  static String className(ClassSymbol sym) {
    return isNamed(sym) ? sym.getQualifiedName().toString() : sym.flatName().toString();
  }

  /** A top-level or member class: not anonymous, not local. */
  static boolean isNamed(ClassSymbol sym) {
    NestingKind nesting = sym.getNestingKind();
    return nesting == NestingKind.TOP_LEVEL || nesting == NestingKind.MEMBER;
  }

  ClassFact classFact(ClassTree tree, ClassSymbol sym) {
    ClassKind kind = switch (tree.getKind()) {
      case INTERFACE -> ClassKind.INTERFACE;
      case ENUM -> ClassKind.ENUM;
      case ANNOTATION_TYPE -> ClassKind.ANNOTATION;
      case RECORD -> ClassKind.RECORD;
      default -> ClassKind.CLASS;
    };
    boolean anyConstructor = false;
    boolean allPrivate = true;
    boolean anyPublic = false;
    Set<String> methods = new LinkedHashSet<>();
    for (Tree m : tree.getMembers()) {
      MethodSymbol ms = m instanceof MethodTree method ? getSymbol(method) : null;
      if (ms == null) {
        continue;
      }
      if (ms.getKind() == ElementKind.CONSTRUCTOR) {
        if ((ms.flags() & Flags.GENERATEDCONSTR) == 0) { // a compact constructor is written, so it counts
          anyConstructor = true;
          allPrivate &= ms.getModifiers().contains(Modifier.PRIVATE);
          anyPublic |= ms.getModifiers().contains(Modifier.PUBLIC);
        }
      } else if ((ms.flags() & Flags.GENERATED_MEMBER) == 0) {
        methods.add(ms.getSimpleName().toString());
      }
    }
    ConstructorVisibility visibility = kind == ClassKind.ENUM ? ConstructorVisibility.ALL_PRIVATE
        : !anyConstructor ? (tree.getModifiers().getFlags().contains(Modifier.PUBLIC)
            ? ConstructorVisibility.IMPLICIT_PUBLIC : ConstructorVisibility.IMPLICIT)
        : anyPublic ? ConstructorVisibility.SOME_PUBLIC
        : allPrivate ? ConstructorVisibility.ALL_PRIVATE
        : ConstructorVisibility.SOME_NON_PRIVATE;
    String outerClass = sym.owner instanceof ClassSymbol o ? className(o) : null;
    return new ClassFact(className(sym), kind, outerClass, shapes.annotations(tree.getModifiers()), superTypes(sym),
        visibility, methods, source.location(tree));
  }

  /** The direct supertypes first, then every other supertype javac knows (not Object). */
  private List<String> superTypes(ClassSymbol sym) {
    Set<String> out = new LinkedHashSet<>();
    Type superclass = sym.getSuperclass();
    if (superclass != null && superclass.getKind() == TypeKind.DECLARED) {
      out.add(superclass.tsym.getQualifiedName().toString());
    }
    for (Type i : sym.getInterfaces()) {
      out.add(i.tsym.getQualifiedName().toString());
    }
    for (Type t : types.closure(sym.type)) {
      if (t.tsym != sym) {
        out.add(t.tsym.getQualifiedName().toString());
      }
    }
    out.remove("java.lang.Object");
    return List.copyOf(out);
  }

  /** A field of a named class at {@code path}; an enum constant is a static field of the enum's type. */
  HolderFact holderFact(TreePath path, VarSymbol sym) {
    VariableTree tree = (VariableTree) path.getLeaf();
    String owner = className((ClassSymbol) sym.owner);
    String name = tree.getName().toString();
    int pos = ((JCVariableDecl) tree).pos;
    if (sym.getKind() == ElementKind.ENUM_CONSTANT) {
      return new HolderFact(owner, name, source.location(pos), TypeRef.of(owner), true, false, null, List.of(), "",
          Set.of());
    }
    return new HolderFact(owner, name, source.location(pos), JavacShapes.typeRef(sym.type), ASTHelpers.isStatic(sym),
        sym.getModifiers().contains(Modifier.PRIVATE),
        tree.getInitializer() == null ? null : shapes.expr(tree.getInitializer()),
        shapes.annotations(tree.getModifiers()), source.documentation(tree), Set.of());
  }
}
