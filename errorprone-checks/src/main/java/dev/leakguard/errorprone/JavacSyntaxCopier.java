package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getStartPosition;
import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.*;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCMethodDecl;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.syntax.Annotation;
import dev.leakguard.core.syntax.Declaration;
import dev.leakguard.core.syntax.Expression;
import dev.leakguard.core.syntax.FactsExtractor;
import dev.leakguard.core.syntax.Modifiers;
import dev.leakguard.core.syntax.Param;
import dev.leakguard.core.syntax.Syntax;
import dev.leakguard.core.syntax.SyntaxFile;
import dev.leakguard.core.syntax.TypeNode;
import dev.leakguard.core.syntax.VarDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Reads one javac compilation unit into core {@link Facts} (core/README.md, "Writing a reader"):
 * it copies the unit into core's syntax tree, tree for tree, and core's one walk reads the facts
 * from there. From javac's symbols it adds only what syntax cannot know, as hints: qualified type
 * names and enum-ness, every supertype of a class, annotations' qualified names and constant
 * values. Trees javac generates (default and canonical constructors, record members) are left out;
 * record components become the record's components.
 */
public final class JavacSyntaxCopier {
  private final SourceText source;
  private final Types types;
  private final JavacCodeCopier code;

  private JavacSyntaxCopier(SourceText source, Types types) {
    this.source = source;
    this.types = types;
    this.code = new JavacCodeCopier(this, source);
  }

  /** Reads {@code unit}; {@code state} gives javac's types and the file's end positions. */
  public static Facts read(CompilationUnitTree unit, VisitorState state) {
    return FactsExtractor.read(() -> new JavacSyntaxCopier(new SourceText(unit, state), state.getTypes()).copy(unit));
  }

  private SyntaxFile copy(CompilationUnitTree unit) {
    List<SyntaxFile.Import> imports = new ArrayList<>();
    for (ImportTree i : unit.getImports()) {
      String name = i.getQualifiedIdentifier().toString();
      boolean onDemand = name.endsWith(".*");
      imports.add(new SyntaxFile.Import(onDemand ? name.substring(0, name.length() - 2) : name, i.isStatic(), onDemand));
    }
    List<Declaration.TypeDecl> typeDecls = new ArrayList<>();
    for (Tree t : unit.getTypeDecls()) {
      if (t instanceof ClassTree ct) {
        typeDecls.add(type(ct));
      }
    }
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    return new SyntaxFile(source.file(), source.text(), pkg, imports, typeDecls);
  }

  // ---------------------------------------------------------------- declarations

  Declaration.TypeDecl type(ClassTree tree) {
    Declaration.TypeKind kind = switch (tree.getKind()) {
      case INTERFACE -> Declaration.TypeKind.INTERFACE;
      case ENUM -> Declaration.TypeKind.ENUM;
      case ANNOTATION_TYPE -> Declaration.TypeKind.ANNOTATION;
      case RECORD -> Declaration.TypeKind.RECORD;
      default -> Declaration.TypeKind.CLASS;
    };
    List<Param> components = new ArrayList<>();
    List<Declaration.EnumConstant> constants = new ArrayList<>();
    List<Declaration> members = new ArrayList<>();
    for (Tree m : tree.getMembers()) {
      if (m instanceof JCVariableDecl v && (v.mods.flags & Flags.ENUM) != 0) {
        constants.add(enumConstant(v));
      } else if (m instanceof JCVariableDecl v && kind == Declaration.TypeKind.RECORD && (v.mods.flags & Flags.RECORD) != 0) {
        components.add(param(v));
      } else {
        Declaration d = member(m);
        if (d != null) {
          members.add(d);
        }
      }
    }
    return new Declaration.TypeDecl(kind, tree.getSimpleName().toString(), source.pos(tree), modifiers(tree.getModifiers()),
        annotations(tree.getModifiers()), superTypes(getSymbol(tree)), components, constants, members);
  }

  /** The direct supertypes first, then every other supertype javac knows, qualified. */
  private List<String> superTypes(ClassSymbol sym) {
    List<String> out = new ArrayList<>();
    if (sym == null) {
      return out;
    }
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
    return out;
  }

  private Declaration.EnumConstant enumConstant(JCVariableDecl v) {
    List<Expression> args = List.of();
    List<Declaration> body = List.of();
    if (v.getInitializer() instanceof NewClassTree n) {
      args = code.expressions(n.getArguments());
      if (n.getClassBody() != null) {
        body = members(n.getClassBody());
      }
    }
    return new Declaration.EnumConstant(v.getName().toString(), source.pos(v.pos), args, body);
  }

  List<Declaration> members(ClassTree body) {
    return Syntax.copyAll(body.getMembers(), this::member);
  }

  /** A member as written, or null for one javac generated. */
  private Declaration member(Tree m) {
    if (m instanceof ClassTree c) {
      return type(c);
    }
    if (m instanceof JCVariableDecl v) {
      int first = source.firstLine(v);
      return new Declaration.FieldDecl(modifiers(v.getModifiers()), annotations(v.getModifiers()), List.of(variable(v)),
          first, source.lastLine(v));
    }
    if (m instanceof JCMethodDecl md) {
      long flags = md.sym != null ? md.sym.flags() : md.mods.flags;
      if ((flags & (Flags.GENERATEDCONSTR | Flags.ANONCONSTR | Flags.GENERATED_MEMBER)) != 0) {
        return null;
      }
      if (md.getName().contentEquals("<init>")) {
        boolean compact = (flags & Flags.COMPACT_RECORD_CONSTRUCTOR) != 0;
        return new Declaration.ConstructorDecl(modifiers(md.getModifiers()), annotations(md.getModifiers()),
            compact ? List.of() : params(md.getParameters()), code.block(md.getBody()), compact);
      }
      return new Declaration.MethodDecl(md.getName().toString(), modifiers(md.getModifiers()),
          annotations(md.getModifiers()), params(md.getParameters()), md.getBody() == null ? null : code.block(md.getBody()));
    }
    if (m instanceof BlockTree b) {
      return new Declaration.InitializerDecl(b.isStatic(), code.block(b));
    }
    return null;
  }

  private static Modifiers modifiers(ModifiersTree m) {
    return Modifiers.of(Syntax.copyAll(m.getFlags(), Modifier::toString));
  }

  private List<Annotation> annotations(ModifiersTree modifiers) {
    return Syntax.copyAll(modifiers.getAnnotations(), a -> {
      Symbol type = getSymbol(a.getAnnotationType());
      String name = type != null ? type.getQualifiedName().toString() : source.text(a.getAnnotationType());
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (ExpressionTree arg : a.getArguments()) {
        String member = "value";
        ExpressionTree value = arg;
        if (arg instanceof AssignmentTree assign) {
          member = assign.getVariable() instanceof IdentifierTree id ? id.getName().toString() : source.text(assign.getVariable());
          value = assign.getExpression();
        }
        // a string literal's content, or a constant's value (SuppressWarnings(Rules.ID)); else the text
        values.put(member, Syntax.copyAll(elements(value),
            element -> ASTHelpers.constValue(element) instanceof String s ? s : source.text(element)));
      }
      return new Annotation(name, values);
    });
  }

  private static List<? extends ExpressionTree> elements(ExpressionTree value) {
    ExpressionTree v = value;
    while (v instanceof ParenthesizedTree p) {
      v = p.getExpression();
    }
    if (v instanceof NewArrayTree array && array.getInitializers() != null) {
      return array.getInitializers();
    }
    return List.of(v);
  }

  private List<Param> params(List<? extends VariableTree> parameters) {
    return Syntax.copyAll(parameters, p -> param((JCVariableDecl) p));
  }

  Param param(JCVariableDecl v) {
    return new Param(v.getName().toString(), source.pos(v.pos), declaredType(v));
  }

  VarDecl variable(JCVariableDecl v) {
    return new VarDecl(v.getName().toString(), source.pos(v.pos), declaredType(v),
        v.getInitializer() == null ? null : code.expression(v.getInitializer()));
  }

  /** A variable's type as written: {@code var} and an implicit lambda parameter's (javac's, at no position) are not. */
  private TypeNode declaredType(JCVariableDecl v) {
    if (v.declaredUsingVar()) {
      return TypeNode.other(TypeNode.Kind.VAR, "var");
    }
    if (v.getType() == null || getStartPosition(v.getType()) < 0) {
      return TypeNode.other(TypeNode.Kind.UNWRITTEN, "");
    }
    return type(v.getType());
  }

  TypeNode type(Tree t) {
    if (t instanceof AnnotatedTypeTree a) {
      return type(a.getUnderlyingType());
    }
    if (t instanceof ParameterizedTypeTree p) {
      return classType(source.text(p.getType()), Syntax.copyAll(p.getTypeArguments(), this::type), source.text(p),
          ASTHelpers.getType(p));
    }
    if (t instanceof IdentifierTree || t instanceof MemberSelectTree) {
      return classType(source.text(t), List.of(), source.text(t), ASTHelpers.getType(t));
    }
    return TypeNode.other(TypeNode.Kind.OTHER, source.text(t));
  }

  private static TypeNode classType(String name, List<TypeNode> args, String text, Type resolved) {
    boolean declared = resolved != null && resolved.getKind() == TypeKind.DECLARED && resolved.tsym != null;
    return new TypeNode(TypeNode.Kind.CLASS, name, args, text,
        declared ? resolved.tsym.getQualifiedName().toString() : null,
        declared && (resolved.tsym.flags() & Flags.ENUM) != 0);
  }
}
