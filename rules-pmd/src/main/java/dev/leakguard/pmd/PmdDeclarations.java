package dev.leakguard.pmd;

import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import net.sourceforge.pmd.lang.java.ast.JavaComment;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.ModifierOwner;

/**
 * What a declaration says besides its code, from PMD's AST: annotations with their attribute
 * values, {@code @SuppressWarnings} keys, the comments attached to a field, and literals and
 * names as expression shapes.
 */
final class PmdDeclarations {
  private final TextDocument document;
  private final List<JavaComment> comments;
  private final TypeNames names;

  PmdDeclarations(ASTCompilationUnit root, TypeNames names) {
    this.document = root.getAstInfo().getTextDocument();
    this.comments = root.getComments();
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

  /** {@code @SuppressWarnings} keys on the field and every declaration around it. */
  Set<String> suppressions(ASTFieldDeclaration field) {
    Set<String> keys = new LinkedHashSet<>();
    for (JavaNode n = field; n != null; n = n.getParent()) {
      if (!(n instanceof ModifierOwner owner)) {
        continue;
      }
      for (ASTAnnotation a : owner.getDeclaredAnnotations()) {
        if (a.getSimpleName().equals("SuppressWarnings")) {
          for (ASTMemberValue v : a.getFlatValue(ASTMemberValuePair.VALUE_ATTR)) {
            keys.add(memberValueText(v));
          }
        }
      }
    }
    return keys;
  }

  /**
   * The Javadoc and comments attached to the field: the ones on the lines directly above it, the
   * ones between its annotations and its name, and a trailing comment on its name's line.
   */
  String documentation(ASTFieldDeclaration field) {
    FileLocation decl = document.toLocation(field.getTextRegion());
    FileLocation name = field.getVarIds().firstOrThrow().getReportLocation();
    int start = field.getTextRegion().getStartOffset();
    int end = field.getTextRegion().getEndOffset();
    List<JavaComment> attached = new ArrayList<>();
    // Comments directly above, each ending on the line before the next one starts.
    int expectLine = decl.getStartLine() - 1;
    for (int i = indexBefore(start); i >= 0; i--) {
      FileLocation at = comments.get(i).getReportLocation();
      if (at.getEndLine() != expectLine && at.getEndLine() != decl.getStartLine()) {
        break;
      }
      attached.add(0, comments.get(i));
      expectLine = at.getStartLine() - 1;
    }
    for (int i = indexBefore(start) + 1; i < comments.size(); i++) {
      JavaComment c = comments.get(i);
      int offset = c.getToken().getRegion().getStartOffset();
      FileLocation at = c.getReportLocation();
      if (offset >= end && at.getStartLine() != decl.getEndLine()) {
        break;
      }
      if (offset >= end || at.getStartLine() <= name.getStartLine()) {
        attached.add(c);
      }
    }
    Set<JavaComment> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    StringBuilder text = new StringBuilder();
    if (field.getJavadocComment() != null && seen.add(field.getJavadocComment())) {
      text.append(field.getJavadocComment().getText()).append('\n');
    }
    for (JavaComment c : attached) {
      if (seen.add(c)) {
        text.append(c.getText()).append('\n');
      }
    }
    return text.toString();
  }

  /** The index of the last comment that starts before {@code offset}, or -1. */
  private int indexBefore(int offset) {
    int lo = 0;
    int hi = comments.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (comments.get(mid).getToken().getRegion().getStartOffset() < offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
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
