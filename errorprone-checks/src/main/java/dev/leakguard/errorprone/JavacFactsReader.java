package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getStartPosition;
import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.WildcardType;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.model.Access;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassFact.ConstructorVisibility;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.TypeRef;
import dev.leakguard.core.model.UseFact;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.type.TypeKind;

/**
 * Reads one javac compilation unit into core {@link Facts} (core/README.md, "Writing a reader").
 * It states facts and decides nothing: no collection class names, no rule ids; qualified names
 * come from javac's symbols and the core catalog classifies them.
 *
 * <p>One pass finds the fields of the file's named classes and the getters that return them; one
 * {@link TreePathScanner} then walks the whole unit and records classes, fields, members, calls,
 * instantiations and every use that starts at a field.
 */
public final class JavacFactsReader {

  /** What a reading gives: the facts, and each field's declaration for the reporter. */
  public record Reading(Facts facts, Map<String, JCVariableDecl> fields) {}

  private final CompilationUnitTree unit;
  private final VisitorState state;
  private final String file;
  private final LineMap lines;
  /** The file's text, or null when javac cannot give it. */
  private final String source;
  private final Facts.Builder facts = Facts.builder();
  private final Map<String, JCVariableDecl> fieldTrees = new LinkedHashMap<>();
  /** Fields of the file's named classes, by symbol, with their holder id. */
  private final Map<VarSymbol, String> holderIds = new HashMap<>();
  /** Methods whose body is {@code return F;} for such a field. */
  private final Map<MethodSymbol, String> getters = new HashMap<>();
  /** Local variables initialised from a field (or a chain of calls on it). */
  private final Map<VarSymbol, Alias> aliases = new HashMap<>();
  /** Local variables whose initializer mentions a parameter (or such a local): input too. */
  private final Set<VarSymbol> fromInput = new HashSet<>();
  /** Every class declared in the file, named or not. */
  private final Set<ClassSymbol> ownClasses = new HashSet<>();

  private record Alias(String holder, List<String> calls) {}

  private JavacFactsReader(CompilationUnitTree unit, VisitorState state) {
    this.unit = unit;
    this.state = state;
    this.file = fileName(unit);
    this.lines = unit.getLineMap();
    this.source = sourceOf(unit, state);
  }

  /** Reads {@code unit}; {@code state} gives javac's types and the file's end positions. */
  public static Reading read(CompilationUnitTree unit, VisitorState state) {
    JavacFactsReader reader = new JavacFactsReader(unit, state);
    reader.collectDeclarations();
    new Scanner(reader).scan(new TreePath(unit), null);
    return new Reading(reader.facts.build(), Map.copyOf(reader.fieldTrees));
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 1: the fields of named classes, and their getters.

  private void collectDeclarations() {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        ClassSymbol sym = getSymbol(tree);
        if (sym != null) {
          ownClasses.add(sym);
          if (isNamed(sym)) {
            for (Tree m : tree.getMembers()) {
              if (m instanceof VariableTree v && !isEnumConstant(v)) {
                VarSymbol field = getSymbol(v);
                if (field != null) {
                  holderIds.put(field, HolderFact.id(className(sym), v.getName().toString()));
                }
              }
            }
          }
        }
        return super.visitClass(tree, unused); // a class's fields are known before its methods
      }

      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        String returned = returnedField(tree);
        MethodSymbol sym = getSymbol(tree);
        if (returned != null && sym != null) {
          getters.put(sym, returned);
        }
        return super.visitMethod(tree, unused);
      }
    }.scan(unit, null);
  }

  /** The holder a method of the field's own class returns as its whole body, or null. */
  private String returnedField(MethodTree method) {
    if (method.getBody() == null || method.getBody().getStatements().size() != 1) {
      return null;
    }
    StatementTree only = method.getBody().getStatements().get(0);
    if (!(only instanceof ReturnTree ret) || ret.getExpression() == null) {
      return null;
    }
    Symbol returned = getSymbol(stripParens(ret.getExpression()));
    MethodSymbol sym = getSymbol(method);
    if (!(returned instanceof VarSymbol field) || sym == null || !holderIds.containsKey(field)) {
      return null;
    }
    return field.owner == sym.owner ? holderIds.get(field) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 2: everything else.

  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final JavacFactsReader r;
    private String currentClass;
    private Member member;
    /** For an enum constant's body: its field initializers and blocks run as the constant is made. */
    private Member constantBodyInit;

    Scanner(JavacFactsReader reader) {
      this.r = reader;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      ClassSymbol sym = getSymbol(tree);
      if (sym == null) {
        return null;
      }
      String savedClass = currentClass;
      Member savedMember = member;
      Member savedConstantInit = constantBodyInit;
      constantBodyInit = enumConstantOfBody(getCurrentPath());
      currentClass = r.className(sym);
      if (isNamed(sym)) {
        r.addClass(tree, sym);
      }
      try {
        return super.visitClass(tree, unused);
      } finally {
        currentClass = savedClass;
        member = savedMember;
        constantBodyInit = savedConstantInit;
      }
    }

    /** The constant's initializer member when {@code path} is an enum constant's class body. */
    private Member enumConstantOfBody(TreePath path) {
      TreePath parent = path.getParentPath();
      if (parent == null || !(parent.getLeaf() instanceof NewClassTree)) {
        return null;
      }
      TreePath grand = parent.getParentPath();
      if (grand != null && grand.getLeaf() instanceof VariableTree v && isEnumConstant(v)) {
        VarSymbol constant = getSymbol(v);
        if (constant != null && constant.owner instanceof ClassSymbol enumClass) {
          return new Member(r.className(enumClass), v.getName().toString(), MemberKind.STATIC_FIELD_INITIALIZER);
        }
      }
      return null;
    }

    private boolean inClassBody() {
      TreePath parent = getCurrentPath().getParentPath();
      return parent != null && parent.getLeaf() instanceof ClassTree;
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      MethodSymbol sym = getSymbol(tree);
      if (!inClassBody() || sym == null) {
        return super.visitMethod(tree, unused);
      }
      if ((sym.flags() & Flags.GENERATEDCONSTR) != 0) {
        return null; // javac's default constructor: nothing written, nothing to read
      }
      boolean constructor = sym.getKind() == ElementKind.CONSTRUCTOR;
      Member saved = member;
      member = new Member(currentClass, sym.getSimpleName().toString(),
          constructor ? MemberKind.CONSTRUCTOR : MemberKind.METHOD);
      r.facts.add(new MethodFact(member, tree.getModifiers().getFlags().contains(Modifier.PRIVATE),
          r.annotations(tree.getModifiers())));
      try {
        return super.visitMethod(tree, unused);
      } finally {
        member = saved;
      }
    }

    @Override
    public Void visitBlock(BlockTree tree, Void unused) {
      if (!inClassBody()) {
        return super.visitBlock(tree, unused);
      }
      Member saved = member;
      if (tree.isStatic()) {
        member = new Member(currentClass, Member.STATIC_INIT, MemberKind.STATIC_INITIALIZER);
      } else if (constantBodyInit != null) {
        member = constantBodyInit;
      } else {
        member = new Member(currentClass, Member.INSTANCE_INIT, MemberKind.INSTANCE_INITIALIZER);
      }
      r.facts.add(new MethodFact(member, false, List.of()));
      try {
        return super.visitBlock(tree, unused);
      } finally {
        member = saved;
      }
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      if (!inClassBody()) {
        VarSymbol local = getSymbol(tree);
        if (local != null && tree.getInitializer() != null && r.mentionsParameter(tree.getInitializer())) {
          r.fromInput.add(local);
        }
        return super.visitVariable(tree, unused);
      }
      VarSymbol sym = getSymbol(tree);
      if (sym == null) {
        return null;
      }
      boolean isStatic = ASTHelpers.isStatic(sym);
      Member saved = member;
      if (constantBodyInit != null && !isStatic) {
        member = constantBodyInit;
      } else {
        member = new Member(currentClass, tree.getName().toString(),
            isStatic ? MemberKind.STATIC_FIELD_INITIALIZER : MemberKind.INSTANCE_FIELD_INITIALIZER);
      }
      String id = r.holderIds.get(sym);
      if (id != null) {
        r.addHolder(tree, sym, getCurrentPath());
      }
      try {
        return super.visitVariable(tree, unused);
      } finally {
        member = saved;
      }
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      // A local reassigned stops being an alias; if the new value starts at a field, reading it
      // (below, in the value) makes the local an alias again.
      if (getSymbol(tree.getVariable()) instanceof VarSymbol v && v.getKind() == ElementKind.LOCAL_VARIABLE) {
        r.aliases.remove(v);
      }
      return super.visitAssignment(tree, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      Symbol sym = getSymbol(tree);
      if (sym instanceof VarSymbol v) {
        String holder = r.holderIds.get(v);
        if (holder != null) {
          r.readUse(getCurrentPath(), holder, Access.DIRECT, List.of(), member);
        } else {
          Alias alias = r.aliases.get(v);
          if (alias != null) {
            r.readUse(getCurrentPath(), alias.holder(), Access.ALIAS, alias.calls(), member);
          }
        }
      }
      return super.visitIdentifier(tree, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      Symbol sym = getSymbol(tree);
      if (sym instanceof VarSymbol v && r.holderIds.containsKey(v)) {
        r.readUse(getCurrentPath(), r.holderIds.get(v), Access.DIRECT, List.of(), member);
      }
      return super.visitMemberSelect(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol sym = getSymbol(tree);
      if (sym != null) {
        String holder = r.getters.get(sym);
        if (holder != null) {
          r.readUse(getCurrentPath(), holder, Access.GETTER, List.of(), member);
        }
        r.addCall(sym, member);
      }
      return super.visitMethodInvocation(tree, unused);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      MethodSymbol sym = getSymbol(tree);
      if (sym != null) {
        r.addCall(sym, member);
      }
      return super.visitMemberReference(tree, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      if (getSymbol(tree.getIdentifier()) instanceof ClassSymbol type && member != null
          && r.ownClasses.contains(type) && isNamed(type)) {
        r.facts.add(new InstantiationFact(r.className(type), member, r.location(getStartPosition(tree))));
      }
      return super.visitNewClass(tree, unused);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Facts.

  private void addClass(ClassTree tree, ClassSymbol sym) {
    ClassKind kind = switch (tree.getKind()) {
      case INTERFACE -> ClassKind.INTERFACE;
      case ENUM -> ClassKind.ENUM;
      case ANNOTATION_TYPE -> ClassKind.ANNOTATION;
      default -> tree.getKind().name().equals("RECORD") ? ClassKind.RECORD : ClassKind.CLASS;
    };
    boolean anyConstructor = false;
    boolean allPrivate = true;
    Set<String> methods = new LinkedHashSet<>();
    for (Tree m : tree.getMembers()) {
      if (!(m instanceof MethodTree method) || getSymbol(method) == null) {
        continue;
      }
      MethodSymbol ms = getSymbol(method);
      if (ms.getKind() == ElementKind.CONSTRUCTOR) {
        if ((ms.flags() & Flags.GENERATEDCONSTR) == 0) {
          anyConstructor = true;
          allPrivate &= ms.getModifiers().contains(Modifier.PRIVATE);
        }
      } else if ((ms.flags() & Flags.GENERATED_MEMBER) == 0) {
        methods.add(ms.getSimpleName().toString());
      }
    }
    ConstructorVisibility visibility = kind == ClassKind.ENUM ? ConstructorVisibility.ALL_PRIVATE
        : !anyConstructor ? ConstructorVisibility.IMPLICIT
        : allPrivate ? ConstructorVisibility.ALL_PRIVATE
        : ConstructorVisibility.SOME_NON_PRIVATE;
    Symbol outer = sym.owner;
    String outerClass = outer instanceof ClassSymbol o ? className(o) : null;
    facts.add(new ClassFact(className(sym), kind, outerClass, annotations(tree.getModifiers()), superTypes(sym),
        visibility, methods, location(getStartPosition(tree))));
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
    for (Type t : state.getTypes().closure(sym.type)) {
      if (t.tsym != sym) {
        out.add(t.tsym.getQualifiedName().toString());
      }
    }
    out.remove("java.lang.Object");
    return List.copyOf(out);
  }

  private void addHolder(VariableTree tree, VarSymbol sym, TreePath path) {
    JCVariableDecl decl = (JCVariableDecl) tree;
    ClassSymbol owner = (ClassSymbol) sym.owner;
    Expr initializer = tree.getInitializer() == null ? null : expr(tree.getInitializer());
    Set<String> suppressions = new LinkedHashSet<>(suppressionKeys(tree.getModifiers()));
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree c) {
        suppressions.addAll(suppressionKeys(c.getModifiers()));
      } else if (p.getLeaf() instanceof MethodTree m) {
        suppressions.addAll(suppressionKeys(m.getModifiers()));
      }
    }
    HolderFact holder = new HolderFact(className(owner), tree.getName().toString(), location(decl.pos),
        typeRef(sym.type), ASTHelpers.isStatic(sym), sym.getModifiers().contains(Modifier.PRIVATE), initializer,
        annotations(tree.getModifiers()), documentation(tree), suppressions);
    facts.add(holder);
    fieldTrees.put(holder.id(), decl);
  }

  private void addCall(MethodSymbol target, Member caller) {
    if (caller != null && target.owner instanceof ClassSymbol owner && ownClasses.contains(owner)) {
      facts.add(new CallFact(caller, className(owner), target.getSimpleName().toString()));
    }
  }

  /**
   * A use that starts at {@code start} (the field, an alias of it or a getter call): the calls
   * applied to it in order, or an assignment to it, or a method reference on it; a local
   * variable initialised from it becomes an alias.
   */
  private void readUse(TreePath start, String holder, Access access, List<String> prefix, Member in) {
    if (in == null) {
      return;
    }
    Location at = location(getStartPosition(start.getLeaf()));
    List<String> calls = new ArrayList<>(prefix);
    List<MethodInvocationTree> invocations = new ArrayList<>();
    TreePath current = skipParensUp(start);
    while (true) {
      TreePath parent = current.getParentPath();
      if (parent == null) {
        break;
      }
      Tree up = parent.getLeaf();
      if (up instanceof MemberSelectTree select && select.getExpression() == current.getLeaf()) {
        TreePath grand = parent.getParentPath();
        if (grand != null && grand.getLeaf() instanceof MethodInvocationTree call && call.getMethodSelect() == select) {
          calls.add(select.getIdentifier().toString());
          invocations.add(call);
          current = skipParensUp(grand);
          continue;
        }
        break;
      }
      if (up instanceof MemberReferenceTree ref && ref.getQualifierExpression() == current.getLeaf()) {
        calls.add(ref.getName().toString());
        Access how = invocations.isEmpty() && access == Access.DIRECT ? Access.METHOD_REFERENCE : access;
        Location refAt = how == Access.METHOD_REFERENCE ? location(getStartPosition(ref)) : at;
        facts.add(new UseFact(holder, calls, -1, how, null, refAt, in, false, false));
        return;
      }
      break;
    }
    Tree end = current.getLeaf();
    Tree parent = current.getParentPath() == null ? null : current.getParentPath().getLeaf();
    VarSymbol alias = null;
    if (parent instanceof VariableTree local && local.getInitializer() == end) {
      alias = getSymbol(local);
    } else if (parent instanceof AssignmentTree assign && assign.getExpression() == end
        && getSymbol(assign.getVariable()) instanceof VarSymbol v) {
      alias = v;
    }
    if (alias != null && alias.getKind() == ElementKind.LOCAL_VARIABLE) {
      aliases.put(alias, new Alias(holder, List.copyOf(calls)));
    }
    if (invocations.isEmpty()) {
      if (access == Access.DIRECT && parent instanceof AssignmentTree assign && assign.getVariable() == end) {
        facts.add(UseFact.assignment(holder, expr(assign.getExpression()), at, in));
      }
      return;
    }
    boolean compared = isComparedOrCondition(current);
    boolean fromParameter = false;
    for (MethodInvocationTree call : invocations) {
      for (ExpressionTree arg : call.getArguments()) {
        fromParameter |= mentionsParameter(arg);
      }
    }
    int arity = invocations.get(invocations.size() - 1).getArguments().size();
    facts.add(new UseFact(holder, calls, arity, access, null, at, in, compared, fromParameter));
  }

  private static TreePath skipParensUp(TreePath path) {
    TreePath p = path;
    while (p.getParentPath() != null
        && (p.getParentPath().getLeaf() instanceof ParenthesizedTree || p.getParentPath().getLeaf() instanceof TypeCastTree)) {
      p = p.getParentPath();
    }
    return p;
  }

  /**
   * The value at {@code path} is an operand of a comparison, or (possibly negated) the condition
   * of an {@code if}, {@code while} or {@code ?:}.
   */
  private static boolean isComparedOrCondition(TreePath path) {
    TreePath p = path;
    if (p.getParentPath() != null && p.getParentPath().getLeaf() instanceof BinaryTree binary) {
      return isComparison(binary.getKind());
    }
    while (p.getParentPath() != null) {
      Tree up = p.getParentPath().getLeaf();
      if (up instanceof ParenthesizedTree
          || up instanceof UnaryTree unary && unary.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
        p = p.getParentPath();
        continue;
      }
      Tree node = p.getLeaf();
      return up instanceof IfTree i && i.getCondition() == node
          || up instanceof WhileLoopTree w && w.getCondition() == node
          || up instanceof ConditionalExpressionTree c && c.getCondition() == node;
    }
    return false;
  }

  private static boolean isComparison(Tree.Kind kind) {
    return switch (kind) {
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, EQUAL_TO, NOT_EQUAL_TO -> true;
      default -> false;
    };
  }

  /** Whether {@code tree} names a parameter, or a local variable initialised from one. */
  private boolean mentionsParameter(ExpressionTree tree) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitIdentifier(IdentifierTree node, Void unused) {
        Symbol s = getSymbol(node);
        return s != null && (s.getKind() == ElementKind.PARAMETER || fromInput.contains(s));
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(tree, null);
    return Boolean.TRUE.equals(found);
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions, types, annotations.

  private Expr expr(ExpressionTree tree) {
    ExpressionTree e = stripParens(tree);
    if (e instanceof NewClassTree n) {
      List<String> bodyMethods = null;
      TypeRef type;
      if (n.getClassBody() != null) {
        bodyMethods = new ArrayList<>();
        for (Tree m : n.getClassBody().getMembers()) {
          if (m instanceof MethodTree method && getSymbol(method) != null
              && getSymbol(method).getKind() == ElementKind.METHOD) {
            bodyMethods.add(method.getName().toString());
          }
        }
        type = typeRef(anonymousSupertype(n));
      } else {
        type = typeRef(ASTHelpers.getType(n));
      }
      if (type == null) {
        type = TypeRef.of(sourceText(n.getIdentifier()));
      }
      return new Expr.New(type, exprs(n.getArguments()), bodyMethods);
    }
    if (e instanceof MethodInvocationTree call) {
      String name = methodName(call);
      MethodSymbol sym = getSymbol(call);
      if (sym != null && sym.isStatic()) {
        return new Expr.Call(null, staticOwner(call, sym), name, exprs(call.getArguments()));
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return new Expr.Call(receiver == null ? null : expr(receiver), null, name, exprs(call.getArguments()));
    }
    if (e instanceof LiteralTree lit) {
      Object v = lit.getValue();
      return switch (lit.getKind()) {
        case STRING_LITERAL -> Expr.string((String) v);
        case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL -> Expr.number(String.valueOf(v));
        case BOOLEAN_LITERAL -> new Expr.Literal(Expr.LiteralKind.BOOLEAN, String.valueOf(v));
        case NULL_LITERAL -> Expr.nullLiteral();
        default -> new Expr.Literal(Expr.LiteralKind.OTHER, String.valueOf(v));
      };
    }
    if (e instanceof IdentifierTree || e instanceof MemberSelectTree) {
      return new Expr.Name(sourceText(e));
    }
    return new Expr.Other(sourceText(e));
  }

  private List<Expr> exprs(List<? extends ExpressionTree> trees) {
    List<Expr> out = new ArrayList<>(trees.size());
    for (ExpressionTree t : trees) {
      out.add(expr(t));
    }
    return out;
  }

  private static String methodName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree ms) {
      return ms.getIdentifier().toString();
    }
    return select instanceof IdentifierTree id ? id.getName().toString() : select.toString();
  }

  /** The type a static call is written on ({@code Collections.x()}), else its declaring class. */
  private String staticOwner(MethodInvocationTree call, MethodSymbol sym) {
    if (call.getMethodSelect() instanceof MemberSelectTree ms && getSymbol(ms.getExpression()) instanceof ClassSymbol written) {
      return written.getQualifiedName().toString();
    }
    return sym.owner.getQualifiedName().toString();
  }

  private static Type anonymousSupertype(NewClassTree n) {
    ClassSymbol anon = getSymbol(n.getClassBody());
    if (anon != null) {
      List<Type> interfaces = anon.getInterfaces();
      Type superclass = anon.getSuperclass();
      boolean object = superclass == null || superclass.tsym == null
          || superclass.tsym.getQualifiedName().contentEquals("java.lang.Object");
      return object && !interfaces.isEmpty() ? interfaces.get(0) : superclass;
    }
    return ASTHelpers.getType(n.getIdentifier());
  }

  private static TypeRef typeRef(Type type) {
    if (type == null) {
      return null;
    }
    switch (type.getKind()) {
      case DECLARED -> {
        List<TypeRef> args = new ArrayList<>();
        for (Type a : type.getTypeArguments()) {
          TypeRef ref = typeRef(a);
          args.add(ref == null ? TypeRef.of("?") : ref);
        }
        boolean isEnum = (type.tsym.flags() & Flags.ENUM) != 0;
        return new TypeRef(type.tsym.getQualifiedName().toString(), args, isEnum);
      }
      case WILDCARD -> {
        Type bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? TypeRef.of("?") : typeRef(bound);
      }
      case ARRAY -> {
        TypeRef component = typeRef(((Type.ArrayType) type).getComponentType());
        return TypeRef.of((component == null ? "?" : component.name()) + "[]");
      }
      case TYPEVAR, ERROR -> {
        return TypeRef.of(type.tsym == null ? type.toString() : type.tsym.getSimpleName().toString());
      }
      default -> {
        return TypeRef.of(type.toString());
      }
    }
  }

  private List<AnnotationFact> annotations(ModifiersTree modifiers) {
    List<AnnotationFact> out = new ArrayList<>();
    for (AnnotationTree a : modifiers.getAnnotations()) {
      out.add(annotation(a));
    }
    return out;
  }

  private AnnotationFact annotation(AnnotationTree a) {
    Symbol type = getSymbol(a.getAnnotationType());
    String name = type != null ? type.getQualifiedName().toString() : sourceText(a.getAnnotationType());
    Map<String, List<String>> values = new TreeMap<>();
    for (ExpressionTree arg : a.getArguments()) {
      String member = "value";
      ExpressionTree value = arg;
      if (arg instanceof AssignmentTree assign) {
        member = assign.getVariable() instanceof IdentifierTree id ? id.getName().toString() : sourceText(assign.getVariable());
        value = assign.getExpression();
      }
      List<String> texts = new ArrayList<>();
      for (ExpressionTree element : elements(value)) {
        texts.add(element instanceof LiteralTree lit && lit.getValue() instanceof String s ? s : sourceText(element));
      }
      values.put(member, texts);
    }
    return new AnnotationFact(name, values);
  }

  /** {@code @SuppressWarnings} keys, constants resolved to their values. */
  private List<String> suppressionKeys(ModifiersTree modifiers) {
    List<String> keys = new ArrayList<>();
    for (AnnotationTree a : modifiers.getAnnotations()) {
      Symbol type = getSymbol(a.getAnnotationType());
      if (type == null || !type.getQualifiedName().contentEquals("java.lang.SuppressWarnings")) {
        continue;
      }
      for (ExpressionTree arg : a.getArguments()) {
        ExpressionTree value = arg instanceof AssignmentTree assign ? assign.getExpression() : arg;
        for (ExpressionTree element : elements(value)) {
          Object constant = ASTHelpers.constValue(element);
          keys.add(constant instanceof String s ? s : sourceText(element));
        }
      }
    }
    return keys;
  }

  private static List<? extends ExpressionTree> elements(ExpressionTree value) {
    ExpressionTree v = stripParens(value);
    if (v instanceof NewArrayTree array && array.getInitializers() != null) {
      return array.getInitializers();
    }
    return List.of(v);
  }

  private static ExpressionTree stripParens(ExpressionTree tree) {
    ExpressionTree e = tree;
    while (true) {
      if (e instanceof ParenthesizedTree p) {
        e = p.getExpression();
      } else if (e instanceof TypeCastTree c) {
        e = c.getExpression();
      } else {
        return e;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Comments attached to a field: the comment lines directly above it, comments among its
  // modifiers, and a trailing comment after it on its last line.

  private String documentation(VariableTree tree) {
    if (source == null) {
      return "";
    }
    int start = getStartPosition(tree);
    int name = ((JCVariableDecl) tree).pos;
    int end = state.getEndPosition(tree);
    StringBuilder doc = new StringBuilder();
    commentsAbove(start, doc);
    commentsWithin(start, Math.max(start, name), doc);
    if (end > 0) {
      int eol = indexOfLineEnd(end);
      commentsWithin(end, eol, doc);
    }
    return doc.toString();
  }

  private void commentsAbove(int start, StringBuilder doc) {
    List<String> found = new ArrayList<>();
    int lineStart = lineStartOf(start);
    while (lineStart > 0) {
      int prevEnd = lineStart - 1; // the line break
      int prevStart = lineStartOf(prevEnd);
      String text = source.substring(prevStart, prevEnd).trim();
      if (text.startsWith("//")) {
        found.add(0, text);
        lineStart = prevStart;
      } else if (text.endsWith("*/")) {
        int close = prevStart + source.substring(prevStart, prevEnd).lastIndexOf("*/");
        int open = source.lastIndexOf("/*", close);
        if (open < 0 || !source.substring(lineStartOf(open), open).isBlank()) {
          break;
        }
        found.add(0, source.substring(open, close + 2));
        lineStart = lineStartOf(open);
      } else {
        break;
      }
    }
    for (String c : found) {
      doc.append(c).append('\n');
    }
  }

  private void commentsWithin(int from, int to, StringBuilder doc) {
    String text = source.substring(Math.max(0, from), Math.max(Math.max(0, from), Math.min(source.length(), to)));
    int i = 0;
    while (i < text.length() - 1) {
      if (text.startsWith("//", i)) {
        int eol = text.indexOf('\n', i);
        eol = eol < 0 ? text.length() : eol;
        doc.append(text, i, eol).append('\n');
        i = eol;
      } else if (text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        int stop = close < 0 ? text.length() : close + 2;
        doc.append(text, i, stop).append('\n');
        i = stop;
      } else if (text.charAt(i) == '"') {
        int close = text.indexOf('"', i + 1);
        i = close < 0 ? text.length() : close + 1;
      } else {
        i++;
      }
    }
  }

  private int lineStartOf(int pos) {
    int i = Math.min(pos, source.length());
    while (i > 0 && source.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  private int indexOfLineEnd(int pos) {
    int i = Math.max(0, pos);
    while (i < source.length() && source.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------
  // Names and places.

  /** Named classes by qualified name ({@code pkg.Outer.Inner}); others by javac's flat name. */
  private String className(ClassSymbol sym) {
    return isNamed(sym) ? sym.getQualifiedName().toString() : sym.flatName().toString();
  }

  private static boolean isNamed(ClassSymbol sym) {
    NestingKind nesting = sym.getNestingKind();
    return nesting == NestingKind.TOP_LEVEL || nesting == NestingKind.MEMBER;
  }

  private static boolean isEnumConstant(VariableTree v) {
    VarSymbol sym = getSymbol(v);
    return sym != null && sym.getKind() == ElementKind.ENUM_CONSTANT;
  }

  private Location location(int pos) {
    if (pos < 0) {
      return new Location(file, 0, 0);
    }
    return new Location(file, (int) lines.getLineNumber(pos), (int) lines.getColumnNumber(pos));
  }

  private String sourceText(Tree tree) {
    int start = getStartPosition(tree);
    int end = state.getEndPosition(tree);
    if (source == null || start < 0 || end <= start || end > source.length()) {
      return tree.toString();
    }
    return source.substring(start, end);
  }

  private static String fileName(CompilationUnitTree unit) {
    java.net.URI uri = unit.getSourceFile().toUri();
    if ("file".equals(uri.getScheme())) {
      return java.nio.file.Path.of(uri).toString();
    }
    String path = uri.getPath();
    return path != null && !path.isEmpty() ? path : unit.getSourceFile().getName();
  }

  private static String sourceOf(CompilationUnitTree unit, VisitorState state) {
    CharSequence text;
    try {
      text = unit.getSourceFile().getCharContent(true);
    } catch (IOException | UnsupportedOperationException e) {
      text = state.getSourceCode();
    }
    return text == null ? null : text.toString();
  }
}
