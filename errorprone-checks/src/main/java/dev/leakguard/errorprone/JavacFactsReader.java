package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getStartPosition;
import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static dev.leakguard.errorprone.JavacDeclarations.className;
import static dev.leakguard.errorprone.JavacDeclarations.isNamed;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.model.ArgumentFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import dev.leakguard.core.model.ReturnFact;
import dev.leakguard.core.model.TypeRef;
import dev.leakguard.core.model.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;

/**
 * Reads one javac compilation unit into core {@link Facts} (core/README.md, "Writing a reader").
 * It translates and decides nothing: references are named as javac's symbols resolve them (a
 * local at its definition, a field of its declaring class, a call of a method of a named class),
 * and core resolves aliases, getters and input.
 *
 * <p>One {@link TreePathScanner} walks the unit in source order, so each use of a local refers to
 * the definition that reaches it.
 */
public final class JavacFactsReader extends TreePathScanner<Void, Void> {

  /** What a reading gives: the facts, and each field's declaration for the reporter. */
  public record Reading(Facts facts, Map<String, JCVariableDecl> fields) {}

  private final JavaFileObject file;
  /** The definition of each local and parameter that reaches the code being read. */
  private final Map<Symbol, String> definitions = new HashMap<>();
  private final SourceText source;
  private final JavacShapes shapes;
  private final JavacDeclarations declarations;
  /** Each local's and parameter's type as written (absent for {@code var} and untyped lambda parameters). */
  private final Map<Symbol, TypeRef> declaredTypes = new HashMap<>();
  private final JavacReferences references = new JavacReferences(definitions::get, declaredTypes::get);
  private final JavacGuards guards = new JavacGuards(references::refOf);
  private final Facts.Builder facts = Facts.builder();
  private final Map<String, JCVariableDecl> fieldTrees = new LinkedHashMap<>();

  private ClassSymbol currentClass;
  private Member member;
  /** For an enum constant's body: its field initializers and blocks run as the constant is made. */
  private Member constantBodyInit;

  private JavacFactsReader(CompilationUnitTree unit, VisitorState state) {
    this.file = unit.getSourceFile();
    this.source = new SourceText(unit, state);
    this.shapes = new JavacShapes(source, definitions::get);
    this.declarations = new JavacDeclarations(shapes, source, state.getTypes());
  }

  /** Reads {@code unit}; {@code state} gives javac's types and the file's end positions. */
  public static Reading read(CompilationUnitTree unit, VisitorState state) {
    JavacFactsReader reader = new JavacFactsReader(unit, state);
    reader.scan(new TreePath(unit), null);
    return new Reading(reader.facts.build(), Map.copyOf(reader.fieldTrees));
  }

  // ---------------------------------------------------------------------------------------------
  // Classes and members.

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    ClassSymbol sym = getSymbol(tree);
    if (sym == null) {
      return null;
    }
    ClassSymbol savedClass = currentClass;
    Member savedConstantInit = constantBodyInit;
    TreePath parent = getCurrentPath().getParentPath();
    constantBodyInit = parent.getLeaf() instanceof NewClassTree && TreePaths.isEnumConstant(TreePaths.parent(parent))
        ? new Member(className(currentClass), ((VariableTree) TreePaths.parent(parent)).getName().toString(),
            MemberKind.STATIC_FIELD_INITIALIZER)
        : null;
    currentClass = sym;
    if (isNamed(sym)) {
      facts.add(declarations.classFact(tree, sym));
    }
    inMember(member, () -> super.visitClass(tree, unused)); // the member around a local or anonymous class resumes after it
    currentClass = savedClass;
    constantBodyInit = savedConstantInit;
    return null;
  }

  @Override
  public Void visitMethod(MethodTree tree, Void unused) {
    MethodSymbol sym = getSymbol(tree);
    if (sym == null || (sym.flags() & Flags.GENERATEDCONSTR) != 0) {
      return null; // javac's default constructor: nothing written, nothing to read
    }
    MemberKind kind = sym.getKind() == ElementKind.CONSTRUCTOR ? MemberKind.CONSTRUCTOR : MemberKind.METHOD;
    Member m = new Member(className(currentClass), sym.getSimpleName().toString(), kind);
    facts.add(new MethodFact(m, visibility(sym), shapes.annotations(tree.getModifiers())));
    inMember(m, () -> {
      scan(tree.getParameters(), null);
      if (tree.getParameters().isEmpty()) {
        sym.getParameters().forEach(p -> {
          declaredTypes.put(p, JavacShapes.typeRef(p.type)); // a compact constructor's record components
          defineParameter(p);
        });
      }
      recordParameters(tree, sym);
      recordReturn(tree);
      scan(tree.getBody(), null);
    });
    return null;
  }

  /**
   * Who may call a member, from its symbol (javac makes an interface's methods public); an
   * anonymous or local class's methods implement a supertype's, so they count as public.
   */
  private Visibility visibility(MethodSymbol sym) {
    Set<Modifier> modifiers = sym.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return Visibility.PRIVATE;
    }
    if (modifiers.contains(Modifier.PUBLIC) || !isNamed(currentClass)) {
      return Visibility.PUBLIC;
    }
    return modifiers.contains(Modifier.PROTECTED) ? Visibility.PROTECTED : Visibility.PACKAGE;
  }

  /**
   * The member's parameters in order, by the ids their definitions got: core summarises what it
   * does to each. As the analyzer reads it, a compact constructor's record components are not its
   * parameters.
   */
  private void recordParameters(MethodTree tree, MethodSymbol sym) {
    if (!isNamed(currentClass) || (sym.flags() & Flags.COMPACT_RECORD_CONSTRUCTOR) != 0) {
      return;
    }
    List<String> ids = new ArrayList<>(tree.getParameters().size());
    for (VariableTree p : tree.getParameters()) {
      ids.add(definitions.get(getSymbol(p)));
    }
    facts.add(new ParametersFact(className(currentClass), sym.getSimpleName().toString(), ids));
  }

  /** A method whose body is one {@code return} of a chain: core decides whether it is a getter. */
  private void recordReturn(MethodTree tree) {
    if (!isNamed(currentClass) || tree.getBody() == null || tree.getBody().getStatements().size() != 1
        || !(tree.getBody().getStatements().get(0) instanceof ReturnTree ret) || ret.getExpression() == null) {
      return;
    }
    JavacReferences.Chain chain = references.chainOf(ret.getExpression());
    if (chain != null) {
      facts.add(new ReturnFact(className(currentClass), tree.getName().toString(), tree.getParameters().size(),
          chain.start(), chain.calls()));
    }
  }

  @Override
  public Void visitBlock(BlockTree tree, Void unused) {
    if (!(TreePaths.parent(getCurrentPath()) instanceof ClassTree)) {
      return super.visitBlock(tree, unused);
    }
    String name = className(currentClass);
    Member m = tree.isStatic() ? new Member(name, Member.STATIC_INIT, MemberKind.STATIC_INITIALIZER)
        : constantBodyInit != null ? constantBodyInit
        : new Member(name, Member.INSTANCE_INIT, MemberKind.INSTANCE_INITIALIZER);
    facts.add(new MethodFact(m, true, List.of()));
    inMember(m, () -> super.visitBlock(tree, unused));
    return null;
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    VarSymbol sym = getSymbol(tree);
    if (sym == null) {
      return null;
    }
    if (sym.getKind().isField()) {
      if (isNamed(currentClass)) {
        HolderFact holder = declarations.holderFact(getCurrentPath(), sym);
        facts.add(holder);
        fieldTrees.put(holder.id(), (JCVariableDecl) tree);
      }
      boolean isStatic = ASTHelpers.isStatic(sym);
      inMember(constantBodyInit != null && !isStatic ? constantBodyInit : new Member(className(currentClass),
          tree.getName().toString(), isStatic ? MemberKind.STATIC_FIELD_INITIALIZER : MemberKind.INSTANCE_FIELD_INITIALIZER),
          () -> scan(tree.getInitializer(), null));
      return null;
    }
    scan(tree.getInitializer(), null); // the initializer cannot see the variable it initialises
    Tree written = tree.getType();
    if (written != null && getStartPosition(written) >= 0 && !((JCVariableDecl) tree).declaredUsingVar()) {
      declaredTypes.put(sym, JavacShapes.typeRef(sym.type)); // javac gives var and untyped lambda parameters a type at no position
    }
    if (sym.getKind() == ElementKind.PARAMETER) {
      defineParameter(sym);
    } else {
      // A for-each variable holds elements of what it iterates: input flows from there.
      ExpressionTree iterable = TreePaths.parent(getCurrentPath()) instanceof EnhancedForLoopTree loop
          && loop.getVariable() == tree ? loop.getExpression() : null;
      define(sym, ((JCVariableDecl) tree).pos, tree.getInitializer(), null, iterable);
    }
    return null;
  }

  private void inMember(Member m, Runnable body) {
    Member saved = member;
    member = m;
    try {
      body.run();
    } finally {
      member = saved;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Locals: each parameter, declaration and later assignment is a definition.

  private void defineParameter(VarSymbol p) {
    String id = localId(p.pos, p);
    facts.add(LocalFact.parameter(id, p.getSimpleName().toString(), declaredTypes.get(p)));
    definitions.put(p, id);
  }

  /** A definition at {@code pos}; {@code compound} is the previous definition of {@code x op= value}. */
  private void define(VarSymbol local, int pos, ExpressionTree value, String compound) {
    define(local, pos, value, compound, null);
  }

  /** ... and {@code elementsOf}, for a for-each variable, what it iterates (its mentions flow into it). */
  private void define(VarSymbol local, int pos, ExpressionTree value, String compound, ExpressionTree elementsOf) {
    String id = localId(pos, local);
    JavacReferences.Chain chain = value == null || compound != null ? null : references.chainOf(value);
    List<String> mentions = new ArrayList<>(value == null ? List.of() : mentions(value));
    if (elementsOf != null) {
      mentions.addAll(mentions(elementsOf));
    }
    Expr shape = value == null ? null : shapes.expr(value);
    if (compound != null) {
      mentions.add(compound);
      shape = new Expr.Other("compound");
    }
    facts.add(new LocalFact(id, local.getSimpleName().toString(), false, chain == null ? null : chain.start(),
        chain == null ? List.of() : chain.calls(), shape, mentions, declaredTypes.get(local)));
    definitions.put(local, id);
  }

  private String localId(int pos, VarSymbol local) {
    return source.file() + "@" + pos + "/" + local.getSimpleName();
  }

  @Override
  public Void visitAssignment(AssignmentTree tree, Void unused) {
    VarSymbol local = localOf(tree.getVariable());
    if (local == null) {
      return super.visitAssignment(tree, unused);
    }
    scan(tree.getExpression(), null);
    define(local, getStartPosition(tree), tree.getExpression(), null);
    return null;
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
    VarSymbol local = localOf(tree.getVariable());
    if (local == null || definitions.get(local) == null) {
      return super.visitCompoundAssignment(tree, unused);
    }
    scan(tree.getExpression(), null);
    define(local, getStartPosition(tree), tree.getExpression(), definitions.get(local));
    return null;
  }

  private static VarSymbol localOf(ExpressionTree tree) {
    return tree instanceof IdentifierTree && getSymbol(tree) instanceof VarSymbol v && !v.getKind().isField() ? v : null;
  }

  /** The definitions of the locals and parameters an expression mentions. */
  private List<String> mentions(ExpressionTree tree) {
    List<String> ids = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree id, Void unused) {
        String def = definitions.get(getSymbol(id));
        if (def != null && !ids.contains(def)) {
          ids.add(def);
        }
        return null;
      }
    }.scan(tree, null);
    return ids;
  }

  // ---------------------------------------------------------------------------------------------
  // References and the chains that start at them.

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    reference(tree);
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    reference(tree);
    return super.visitMemberSelect(tree, unused);
  }

  private void reference(ExpressionTree tree) {
    Ref ref = member == null ? null : references.refOf(tree);
    if (ref != null) {
      use(getCurrentPath(), ref);
    }
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    ExpressionTree select = tree.getMethodSelect();
    if (select instanceof IdentifierTree id) {
      facts.invokes(id.getName().toString());
    } else if (select instanceof MemberSelectTree ms) {
      facts.invokes(ms.getIdentifier().toString());
    }
    MethodSymbol sym = getSymbol(tree);
    if (member != null && sym != null) {
      addCall(sym, guards.of(getCurrentPath()));
      Ref returned = references.returnedRef(tree, sym);
      recordArguments(tree, sym, returned);
      if (returned != null && TreePaths.continuesChain(getCurrentPath())) {
        use(getCurrentPath(), returned);
      }
    }
    return super.visitMethodInvocation(tree, unused);
  }

  /**
   * The plain references (a field or a local, casts and parentheses looked through) passed to a
   * method of a named class: core applies what that method does to the parameter. As the analyzer
   * reads it, {@code this(...)} and {@code super(...)} are not calls.
   */
  private void recordArguments(MethodInvocationTree call, MethodSymbol sym, Ref returned) {
    if (!(returned instanceof Ref.Returned callee) || sym.isConstructor()) {
      return;
    }
    for (int i = 0; i < call.getArguments().size(); i++) {
      ExpressionTree argument = TreePaths.strip(call.getArguments().get(i));
      Ref ref = argument instanceof IdentifierTree || argument instanceof MemberSelectTree
          ? references.refOf(argument) : null;
      if (ref != null) {
        facts.add(new ArgumentFact(ref, callee, i, source.location(call), member,
            TreePaths.lambdaSite(getCurrentPath()), guards.of(getCurrentPath())));
      }
    }
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
    facts.invokes(tree.getName().toString());
    MethodSymbol sym = getSymbol(tree);
    if (member != null && sym != null) {
      addCall(sym, List.of()); // as the analyzer: a method reference is recorded without the conditions around it
    }
    return super.visitMemberReference(tree, unused);
  }

  /** Records the chain of calls (or the assignment, or the method reference) that starts at {@code start}. */
  private void use(TreePath start, Ref ref) {
    List<String> calls = new ArrayList<>();
    List<List<Expr>> callArguments = new ArrayList<>();
    List<String> argumentMentions = new ArrayList<>();
    int arity = 0;
    TreePath current = TreePaths.skipParensUp(start);
    for (MethodInvocationTree call; (call = TreePaths.callOn(current)) != null; ) {
      calls.add(JavacShapes.methodName(call));
      callArguments.add(shapes.exprs(call.getArguments()));
      call.getArguments().forEach(a -> argumentMentions.addAll(mentions(a)));
      arity = call.getArguments().size();
      current = TreePaths.skipParensUp(current.getParentPath().getParentPath());
    }
    MemberReferenceTree reference = TreePaths.referenceOn(current);
    Expr assigned = null;
    if (reference != null) {
      calls.add(reference.getName().toString());
      arity = -1;
      argumentMentions.addAll(mentionsAround(current.getParentPath()));
    } else if (calls.isEmpty()) {
      if (!(TreePaths.parent(current) instanceof AssignmentTree assign && assign.getVariable() == current.getLeaf())) {
        return; // read, passed on or returned: no call on it here
      }
      assigned = shapes.expr(assign.getExpression());
    }
    boolean compared = reference == null && assigned == null && TreePaths.isComparedOrCondition(current);
    TreePath site = reference != null ? current.getParentPath() : current;
    facts.add(new RefUse(ref, calls, arity, reference != null, assigned, source.location(start.getLeaf()), member,
        compared, argumentMentions, TreePaths.lambdaSite(site), callArguments, guards.of(start)));
  }

  /**
   * Where a method reference passed to a call takes its arguments from: the call's receiver and its
   * other arguments ({@code items.forEach(SEEN::add)}: {@code items}).
   */
  private List<String> mentionsAround(TreePath reference) {
    TreePath up = TreePaths.skipParensUp(reference);
    if (!(TreePaths.parent(up) instanceof MethodInvocationTree call)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      out.addAll(mentions(select.getExpression()));
    }
    for (ExpressionTree a : call.getArguments()) {
      if (a != up.getLeaf()) {
        out.addAll(mentions(a));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Calls and instantiations of the file's own classes.

  /** A call of a method of this file's classes, made under {@code conditions}. */
  private void addCall(MethodSymbol target, List<Guard> conditions) {
    if (target.owner instanceof ClassSymbol owner && isInThisFile(owner)) {
      facts.add(new CallFact(member, className(owner), target.getSimpleName().toString(), conditions));
    }
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void unused) {
    if (member != null && getSymbol(tree.getIdentifier()) instanceof ClassSymbol type && isInThisFile(type)
        && isNamed(type)) {
      facts.add(new InstantiationFact(className(type), member, source.location(tree), TreePaths.lambdaSite(getCurrentPath())));
    }
    return super.visitNewClass(tree, unused);
  }

  private boolean isInThisFile(ClassSymbol sym) {
    return sym.outermostClass().sourcefile == file;
  }
}
