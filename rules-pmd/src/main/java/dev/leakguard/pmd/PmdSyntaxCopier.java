package dev.leakguard.pmd;

import dev.leakguard.core.model.Facts;
import dev.leakguard.core.syntax.Annotation;
import dev.leakguard.core.syntax.Declaration;
import dev.leakguard.core.syntax.Expression;
import dev.leakguard.core.syntax.FactsExtractor;
import dev.leakguard.core.syntax.Modifiers;
import dev.leakguard.core.syntax.Param;
import dev.leakguard.core.syntax.Pos;
import dev.leakguard.core.syntax.Syntax;
import dev.leakguard.core.syntax.SyntaxFile;
import dev.leakguard.core.syntax.TypeNode;
import dev.leakguard.core.syntax.VarDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.pmd.lang.document.FileLocation;
import net.sourceforge.pmd.lang.document.TextDocument;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTCompactConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTEnumConstant;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTFormalParameter;
import net.sourceforge.pmd.lang.java.ast.ASTImportDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValueArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValuePair;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTRecordComponent;
import net.sourceforge.pmd.lang.java.ast.ASTStringLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTType;
import net.sourceforge.pmd.lang.java.ast.ASTTypeArguments;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.JModifier;
import net.sourceforge.pmd.lang.java.ast.ModifierOwner;
import net.sourceforge.pmd.lang.java.types.JClassType;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;

/**
 * Reads one file's PMD AST into core {@link Facts} (core/README.md, "Writing a reader"): it copies
 * the AST into core's syntax tree, node for node, and core's one walk reads the facts from there.
 * From PMD's type resolution it adds only what syntax cannot know, as hints: qualified type names
 * and enum-ness, every supertype of a class.
 */
final class PmdSyntaxCopier {
  private final TextDocument document;
  private final PmdCodeCopier code;

  private PmdSyntaxCopier(ASTCompilationUnit root) {
    this.document = root.getAstInfo().getTextDocument();
    this.code = new PmdCodeCopier(this);
  }

  static Facts read(ASTCompilationUnit root) {
    return FactsExtractor.read(() -> new PmdSyntaxCopier(root).copy(root));
  }

  private SyntaxFile copy(ASTCompilationUnit root) {
    List<SyntaxFile.Import> imports = new ArrayList<>();
    for (ASTImportDeclaration i : root.children(ASTImportDeclaration.class)) {
      if (!i.isModuleImport()) {
        imports.add(new SyntaxFile.Import(i.getImportedName(), i.isStatic(), i.isImportOnDemand()));
      }
    }
    return new SyntaxFile(document.getFileId().getOriginalPath(), document.getText().toString(), root.getPackageName(),
        imports, root.getTypeDeclarations().toList(this::type));
  }

  // ---------------------------------------------------------------- declarations

  Declaration.TypeDecl type(ASTTypeDeclaration t) {
    Declaration.TypeKind kind = t.isAnnotation() ? Declaration.TypeKind.ANNOTATION : t.isEnum() ? Declaration.TypeKind.ENUM
        : t.isRecord() ? Declaration.TypeKind.RECORD : t.isInterface() ? Declaration.TypeKind.INTERFACE
        : Declaration.TypeKind.CLASS;
    List<Param> components = !t.isRecord() || t.getRecordComponents() == null ? List.of()
        : Syntax.copyAll(t.getRecordComponents().children(ASTRecordComponent.class),
            rc -> new Param(rc.getVarId().getName(), pos(rc.getVarId()), type(rc.getTypeNode())));
    List<Declaration.EnumConstant> constants = t.isEnum() ? t.getEnumConstants().toList(this::enumConstant) : List.of();
    return new Declaration.TypeDecl(kind, t.getSimpleName(), reportPos(t), modifiers(t), annotations(t), superTypes(t),
        components, constants, members(t));
  }

  /** The written supertypes (qualified when resolved), then every other supertype PMD's type resolution knows. */
  private static List<String> superTypes(ASTTypeDeclaration t) {
    List<String> out = new ArrayList<>();
    if (t.getSuperClassTypeNode() != null) {
      out.add(written(t.getSuperClassTypeNode()));
    }
    t.getSuperInterfaceTypeNodes().forEach(i -> out.add(written(i)));
    String self = t.getCanonicalName();
    for (JTypeMirror s : t.getTypeMirror().getSuperTypeSet()) {
      String n = resolvedName(s);
      if (n != null && !n.equals(self)) {
        out.add(n);
      }
    }
    return out;
  }

  /** A class body's members as written (enum constants apart). */
  List<Declaration> members(ASTTypeDeclaration t) {
    return Syntax.copyAll(t.getDeclarations(), this::member);
  }

  private Declaration member(ASTBodyDeclaration d) {
    if (d instanceof ASTTypeDeclaration t) {
      return type(t);
    }
    if (d instanceof ASTFieldDeclaration f) {
      List<VarDecl> vars = Syntax.copyAll(f.children(ASTVariableDeclarator.class),
          v -> new VarDecl(v.getName(), pos(v.getVarId()), type(f.getTypeNode()), code.expression(v.getInitializer())));
      FileLocation lines = document.toLocation(f.getTextRegion());
      return new Declaration.FieldDecl(modifiers(f), annotations(f), vars, lines.getStartLine(), lines.getEndLine());
    }
    if (d instanceof ASTMethodDeclaration m) {
      return new Declaration.MethodDecl(m.getName(), modifiers(m), annotations(m), params(m.getFormalParameters()),
          m.getBody() == null ? null : code.block(m.getBody()));
    }
    if (d instanceof ASTConstructorDeclaration c) {
      return new Declaration.ConstructorDecl(modifiers(c), annotations(c), params(c.getFormalParameters()),
          code.block(c.getBody()), false);
    }
    if (d instanceof ASTCompactConstructorDeclaration c) {
      return new Declaration.ConstructorDecl(modifiers(c), annotations(c), List.of(), code.block(c.getBody()), true);
    }
    if (d instanceof ASTInitializer i) {
      return new Declaration.InitializerDecl(i.isStatic(), code.block(i.getBody()));
    }
    return null; // enum constants (read with the type), annotation type elements
  }

  private Declaration.EnumConstant enumConstant(ASTEnumConstant c) {
    List<Expression> args = c.getArguments() == null ? List.of() : code.expressions(c.getArguments().toList());
    List<Declaration> body = c.getAnonymousClass() == null ? List.of() : members(c.getAnonymousClass());
    return new Declaration.EnumConstant(c.getName(), pos(c.getVarId()), args, body);
  }

  private List<Param> params(Iterable<ASTFormalParameter> parameters) {
    return Syntax.copyAll(parameters, p -> param(p.getVarId(), p.getTypeNode()));
  }

  Param param(ASTVariableId v, ASTType written) {
    return new Param(v.getName(), pos(v), declaredType(v, written));
  }

  /** A variable's type as written: not for {@code var} or an implicitly typed lambda parameter. */
  TypeNode declaredType(ASTVariableId v, ASTType written) {
    if (written == null) {
      return TypeNode.other(v.isTypeInferred() && !v.isLambdaParameter() ? TypeNode.Kind.VAR : TypeNode.Kind.UNWRITTEN, "");
    }
    return v.isTypeInferred() ? TypeNode.other(TypeNode.Kind.VAR, "var") : type(written);
  }

  private static Modifiers modifiers(ModifierOwner n) {
    return Modifiers.of(Syntax.copyAll(n.getModifiers().getExplicitModifiers(), JModifier::getToken));
  }

  private static List<Annotation> annotations(ModifierOwner owner) {
    return Syntax.copyAll(owner.getDeclaredAnnotations(), a -> {
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (ASTMemberValuePair p : a.getMembers()) {
        List<String> vs = new ArrayList<>();
        flatten(p.getValue(), vs);
        values.put(p.getName(), vs);
      }
      return new Annotation(written(a.getTypeNode()), values);
    });
  }

  private static void flatten(ASTMemberValue v, List<String> out) {
    if (v instanceof ASTMemberValueArrayInitializer array) {
      for (ASTMemberValue item : array) {
        flatten(item, out);
      }
    } else {
      out.add(v instanceof ASTStringLiteral s ? s.getConstValue() : v.getText().toString());
    }
  }

  // ---------------------------------------------------------------- types and positions

  TypeNode type(ASTType t) {
    if (t == null) {
      return TypeNode.other(TypeNode.Kind.UNWRITTEN, "");
    }
    if (t instanceof ASTClassType ct) {
      ASTTypeArguments targs = ct.getTypeArguments();
      List<TypeNode> args = targs == null ? List.of() : Syntax.copyAll(targs.children(ASTType.class), this::type);
      JTypeMirror mirror = ct.getTypeMirror();
      boolean isEnum = mirror instanceof JClassType c && !c.getSymbol().isUnresolved() && c.getSymbol().isEnum();
      return new TypeNode(TypeNode.Kind.CLASS, writtenName(ct), args, t.getText().toString(), resolvedName(mirror), isEnum);
    }
    return TypeNode.other(TypeNode.Kind.OTHER, t.getText().toString());
  }

  /** A class type's name: qualified when resolved, else as written. */
  private static String written(ASTClassType ct) {
    String resolved = resolvedName(ct.getTypeMirror());
    return resolved != null ? resolved : writtenName(ct);
  }

  /** {@code Outer.Inner}, {@code java.util.Map}: the name with its qualifiers, type arguments left out. */
  private static String writtenName(ASTClassType ct) {
    String name = ct.getSimpleName();
    for (ASTClassType q = ct.getQualifier(); q != null; q = q.getQualifier()) {
      name = q.getSimpleName() + "." + name;
    }
    String pkg = ct.isFullyQualified() ? ct.getPackageQualifier() : "";
    return pkg.isEmpty() ? name : pkg + "." + name;
  }

  /** The qualified name of a resolved class type, or null when PMD could not resolve it. */
  private static String resolvedName(JTypeMirror mirror) {
    if (!(mirror instanceof JClassType ct) || ct.getSymbol().isUnresolved()) {
      return null;
    }
    String canonical = ct.getSymbol().getCanonicalName();
    return canonical != null ? canonical : ct.getSymbol().getBinaryName();
  }

  /** Where a node's text begins (a call chain's receiver, a declaration's first modifier). */
  Pos pos(JavaNode n) {
    FileLocation at = document.toLocation(n.getTextRegion());
    return new Pos(at.getStartLine(), at.getStartColumn());
  }

  /** Where PMD reports a node (a declaration's name). */
  private static Pos reportPos(JavaNode n) {
    FileLocation at = n.getReportLocation();
    return new Pos(at.getStartLine(), at.getStartColumn());
  }
}
