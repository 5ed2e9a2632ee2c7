package dev.leakguard.pmd;

import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
import net.sourceforge.pmd.lang.java.ast.ASTCompactConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTEnumConstant;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodReference;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.JModifier;
import net.sourceforge.pmd.lang.java.ast.JavaNode;

/** Where code runs: the member it is written in, and the lambdas around it. */
final class CodeSites {
  private CodeSites() {}

  /** The member the code at {@code node} runs in; lambdas belong to the member they are written in. */
  static Member enclosingMember(JavaNode node) {
    JavaNode child = node;
    for (JavaNode n = node.getParent(); n != null; child = n, n = n.getParent()) {
      if (n instanceof ASTExecutableDeclaration e) {
        return executableMember(e);
      }
      if (n instanceof ASTCompactConstructorDeclaration c) {
        return compactConstructorMember(c);
      }
      if (n instanceof ASTInitializer i) {
        return initializerMember(i);
      }
      if (n instanceof ASTVariableDeclarator d && d.getInitializer() == child && d.getParent() instanceof ASTFieldDeclaration f) {
        MemberKind kind = f.hasModifiers(JModifier.STATIC) ? MemberKind.STATIC_FIELD_INITIALIZER : MemberKind.INSTANCE_FIELD_INITIALIZER;
        return new Member(TypeNames.className(f.getEnclosingType()), d.getName(), kind);
      }
      if (n instanceof ASTEnumConstant c) {
        return new Member(TypeNames.className(c.getEnclosingType()), c.getName(), MemberKind.STATIC_FIELD_INITIALIZER);
      }
      if (n instanceof ASTTypeDeclaration || n instanceof ASTAnnotation) {
        return null;
      }
    }
    return null;
  }

  static Member executableMember(ASTExecutableDeclaration e) {
    String cls = TypeNames.className(e.getEnclosingType());
    if (e instanceof ASTMethodDeclaration m) {
      return new Member(cls, m.getName(), MemberKind.METHOD);
    }
    return new Member(cls, Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR);
  }

  static Member initializerMember(ASTInitializer i) {
    String cls = TypeNames.className(i.getEnclosingType());
    return i.isStatic()
        ? new Member(cls, Member.STATIC_INIT, MemberKind.STATIC_INITIALIZER)
        : new Member(cls, Member.INSTANCE_INIT, MemberKind.INSTANCE_INITIALIZER);
  }

  static Member compactConstructorMember(ASTCompactConstructorDeclaration c) {
    return new Member(TypeNames.className(c.getEnclosingType()), Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR);
  }

  /**
   * Whether code sits in lambdas or method references, and where they are written: all passed
   * straight to a call or {@code new} (they run there), or one kept for later (it runs when called).
   */
  static LambdaSite lambdaSite(JavaNode n) {
    LambdaSite site = LambdaSite.NONE;
    for (JavaNode cur = n; cur != null && !(cur instanceof ASTBodyDeclaration); cur = cur.getParent()) {
      if (cur instanceof ASTLambdaExpression || cur instanceof ASTMethodReference) {
        JavaNode parent = cur.getParent();
        while (parent instanceof ASTCastExpression) {
          parent = parent.getParent();
        }
        boolean argument = parent instanceof ASTArgumentList && (parent.getParent() instanceof ASTMethodCall
            || parent.getParent() instanceof ASTConstructorCall || parent.getParent() instanceof ASTExplicitConstructorInvocation);
        if (!argument) {
          return LambdaSite.STORED;
        }
        site = LambdaSite.ARGUMENT;
      }
    }
    return site;
  }
}
