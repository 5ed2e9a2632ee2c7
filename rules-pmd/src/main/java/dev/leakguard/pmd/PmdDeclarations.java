package dev.leakguard.pmd;

import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.source.SourceComments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sourceforge.pmd.lang.document.FileLocation;
import net.sourceforge.pmd.lang.document.TextDocument;
import net.sourceforge.pmd.lang.java.ast.ASTAmbiguousName;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTBooleanLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValueArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValuePair;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTNumericLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTStringLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ModifierOwner;

/**
 * What a declaration says besides its code, from PMD's AST: annotations with their attribute
 * values, the comments attached to a field (core attaches them), and literals and
 * names as expression shapes.
 */
final class PmdDeclarations {
  private final TextDocument document;
  /** The file's comments, scanned on first use. */
  private SourceComments comments;
  private final TypeNames names;

  PmdDeclarations(ASTCompilationUnit root, TypeNames names) {
    this.document = root.getAstInfo().getTextDocument();
    this.names = names;
  }

  List<AnnotationFact> annotations(ModifierOwner owner) {
    List<AnnotationFact> out = new ArrayList<>();
    for (ASTAnnotation a : owner.getDeclaredAnnotations()) {
      Map<String, List<String>> values = new TreeMap<>();
      for (ASTMemberValuePair p : a.getMembers()) {
        List<String> vs = new ArrayList<>();
        flatten(p.getValue(), vs);
        values.put(p.getName(), vs);
      }
      out.add(new AnnotationFact(names.name(a.getTypeNode()), values));
    }
    return out;
  }

  private static void flatten(ASTMemberValue v, List<String> out) {
    if (v instanceof ASTMemberValueArrayInitializer array) {
      for (ASTMemberValue item : array) {
        flatten(item, out);
      }
    } else {
      out.add(memberValueText(v));
    }
  }

  /** A string literal's content, otherwise the expression's source text. */
  private static String memberValueText(ASTMemberValue v) {
    return v instanceof ASTStringLiteral s ? s.getConstValue() : v.getText().toString();
  }

  /**
   * The comments that document the field, as core attaches them ({@link SourceComments}) to the
   * declaration's lines: from its first modifier or annotation to its end.
   */
  String documentation(ASTFieldDeclaration field) {
    if (comments == null) {
      comments = SourceComments.of(document.getText());
    }
    FileLocation decl = document.toLocation(field.getTextRegion());
    return comments.attachedTo(decl.getStartLine(), decl.getEndLine());
  }

  /** A literal, a name or a field access; anything else as its text. */
  static Expr literalOrName(ASTExpression e) {
    if (e instanceof ASTStringLiteral s) {
      return Expr.string(s.getConstValue());
    }
    if (e instanceof ASTNumericLiteral n) {
      return Expr.number(n.getText().toString());
    }
    if (e instanceof ASTNullLiteral) {
      return Expr.nullLiteral();
    }
    if (e instanceof ASTBooleanLiteral b) {
      return new Expr.Literal(Expr.LiteralKind.BOOLEAN, b.getText().toString());
    }
    if (e instanceof ASTVariableAccess || e instanceof ASTFieldAccess || e instanceof ASTAmbiguousName) {
      return new Expr.Name(e.getText().toString());
    }
    return new Expr.Other(e.getText().toString());
  }
}
