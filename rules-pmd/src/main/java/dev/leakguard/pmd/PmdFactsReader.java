package dev.leakguard.pmd;

import dev.leakguard.core.model.Access;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.UseFact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sourceforge.pmd.lang.document.FileLocation;
import net.sourceforge.pmd.lang.document.TextDocument;
import net.sourceforge.pmd.lang.java.ast.ASTAmbiguousName;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTAnonymousClassDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTBlock;
import net.sourceforge.pmd.lang.java.ast.ASTBooleanLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTCompactConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTConditionalExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTEnumConstant;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTIfStatement;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValueArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValuePair;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodReference;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTNumericLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTStringLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTThisExpression;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.ASTUnaryExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.ASTWhileStatement;
import net.sourceforge.pmd.lang.java.ast.AssignmentOp;
import net.sourceforge.pmd.lang.java.ast.BinaryOp;
import net.sourceforge.pmd.lang.java.ast.JModifier;
import net.sourceforge.pmd.lang.java.ast.JavaComment;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.ModifierOwner;
import net.sourceforge.pmd.lang.java.ast.UnaryOp;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;

/**
 * Reads one file's PMD AST into core {@link Facts} (core/README.md). It states what the code says
 * — fields, their initializers and annotations, the calls made on them and where — and decides
 * nothing: which collections are unbounded, what grows them and what is a singleton is the
 * judge's call.
 */
public final class PmdFactsReader {
  /** How many local aliases of aliases are followed ({@code var a = F; var b = a;}). */
  private static final int MAX_ALIAS_DEPTH = 3;
  /** How many locals derived from locals derived from a parameter are followed. */
  private static final int MAX_DERIVED_LOCAL_DEPTH = 8;

  private final ASTCompilationUnit root;
  private final TextDocument document;
  private final String file;
  private final TypeNames names;
  private final Facts.Builder facts = Facts.builder();
  private final Map<String, ASTVariableId> holderNodes = new LinkedHashMap<>();
  private final List<JavaComment> comments;
  private final List<ASTTypeDeclaration> types;
  private final Set<String> ownClasses = new HashSet<>();
  /** Names of the methods this file declares: only calls of these can target this file's classes. */
  private final Set<String> ownMethodNames = new HashSet<>();
  private final List<ASTMethodCall> calls;
  private Map<String, List<ASTMethodCall>> callsByName;

  private PmdFactsReader(ASTCompilationUnit root) {
    this.root = root;
    this.document = root.getAstInfo().getTextDocument();
    this.file = document.getFileId().getOriginalPath();
    this.names = new TypeNames(root);
    this.comments = root.getComments();
    this.types = root.descendants(ASTTypeDeclaration.class).crossFindBoundaries().toList();
    for (ASTTypeDeclaration t : types) {
      if (t.getCanonicalName() != null) {
        ownClasses.add(t.getCanonicalName());
      }
      for (ASTMethodDeclaration m : t.getDeclarations(ASTMethodDeclaration.class)) {
        ownMethodNames.add(m.getName());
      }
    }
    this.calls = root.descendants(ASTMethodCall.class).crossFindBoundaries().toList();
  }

  /** What one file says, and the field node of each holder for reporting. */
  public record FileFacts(Facts facts, Map<String, ASTVariableId> holderNodes) {
    public FileFacts {
      holderNodes = Map.copyOf(holderNodes);
    }
  }

  public static FileFacts read(ASTCompilationUnit root) {
    PmdFactsReader reader = new PmdFactsReader(root);
    reader.readAll();
    return new FileFacts(reader.facts.build(), reader.holderNodes);
  }

  private void readAll() {
    for (ASTTypeDeclaration t : types) {
      if (t.getCanonicalName() != null) {
        readClass(t);
        for (ASTFieldDeclaration field : t.getDeclarations(ASTFieldDeclaration.class)) {
          readField(t, field);
        }
      }
    }
    for (ASTExecutableDeclaration e : root.descendants(ASTExecutableDeclaration.class).crossFindBoundaries()) {
      Member m = executableMember(e);
      facts.add(new MethodFact(m, e.hasModifiers(JModifier.PRIVATE), annotations(e)));
    }
    for (ASTInitializer i : root.descendants(ASTInitializer.class).crossFindBoundaries()) {
      facts.add(new MethodFact(initializerMember(i), false, List.of()));
    }
    for (ASTMethodCall call : calls) {
      readCall(call);
    }
    for (ASTMethodReference ref : root.descendants(ASTMethodReference.class).crossFindBoundaries()) {
      readMethodReference(ref);
    }
    for (ASTConstructorCall ctor : root.descendants(ASTConstructorCall.class).crossFindBoundaries()) {
      readInstantiation(ctor);
    }
  }

  // ---------------------------------------------------------------- classes

  private void readClass(ASTTypeDeclaration t) {
    ASTTypeDeclaration outer = t.getEnclosingType();
    List<String> superTypes = new ArrayList<>();
    ASTClassType superClass = t.getSuperClassTypeNode();
    if (superClass != null) {
      superTypes.add(names.name(superClass));
    }
    for (ASTClassType i : t.getSuperInterfaceTypeNodes()) {
      superTypes.add(names.name(i));
    }
    // With type resolution, the supertypes of those too (a servlet two levels down).
    Set<String> all = new LinkedHashSet<>(superTypes);
    for (JTypeMirror s : t.getTypeMirror().getSuperTypeSet()) {
      String n = TypeNames.resolvedName(s);
      if (n != null && !n.equals("java.lang.Object") && !n.equals(t.getCanonicalName())) {
        all.add(n);
      }
    }
    Set<String> methods = new LinkedHashSet<>();
    for (ASTMethodDeclaration m : t.getDeclarations(ASTMethodDeclaration.class)) {
      methods.add(m.getName());
    }
    facts.add(new ClassFact(t.getCanonicalName(), kind(t), outer == null ? null : TypeNames.className(outer),
        annotations(t), List.copyOf(all), constructorVisibility(t), methods, location(t)));
  }

  private static ClassKind kind(ASTTypeDeclaration t) {
    if (t.isAnnotation()) {
      return ClassKind.ANNOTATION;
    }
    if (t.isEnum()) {
      return ClassKind.ENUM;
    }
    if (t.isRecord()) {
      return ClassKind.RECORD;
    }
    return t.isInterface() ? ClassKind.INTERFACE : ClassKind.CLASS;
  }

  private static ClassFact.ConstructorVisibility constructorVisibility(ASTTypeDeclaration t) {
    if (t.isEnum()) {
      return ClassFact.ConstructorVisibility.ALL_PRIVATE;
    }
    List<ASTConstructorDeclaration> ctors = t.getDeclarations(ASTConstructorDeclaration.class).toList();
    if (ctors.isEmpty()) {
      return ClassFact.ConstructorVisibility.IMPLICIT;
    }
    boolean allPrivate = ctors.stream().allMatch(c -> c.hasModifiers(JModifier.PRIVATE));
    return allPrivate ? ClassFact.ConstructorVisibility.ALL_PRIVATE : ClassFact.ConstructorVisibility.SOME_NON_PRIVATE;
  }

  // ---------------------------------------------------------------- fields

  private void readField(ASTTypeDeclaration owner, ASTFieldDeclaration field) {
    String declaringClass = owner.getCanonicalName();
    List<AnnotationFact> annotations = annotations(field);
    Set<String> suppressions = suppressions(field);
    String documentation = documentation(field);
    for (ASTVariableDeclarator d : field.children(ASTVariableDeclarator.class)) {
      ASTVariableId id = d.getVarId();
      ASTExpression init = d.getInitializer();
      HolderFact h = new HolderFact(declaringClass, id.getName(), location(id), names.typeRef(field.getTypeNode()),
          field.hasModifiers(JModifier.STATIC), field.hasModifiers(JModifier.PRIVATE),
          init == null ? null : expr(init), annotations, documentation, suppressions);
      facts.add(h);
      holderNodes.putIfAbsent(h.id(), id);
      readUses(h.id(), id);
    }
  }

  /** {@code @SuppressWarnings} keys on the field and every declaration around it. */
  private Set<String> suppressions(ASTFieldDeclaration field) {
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
  private String documentation(ASTFieldDeclaration field) {
    FileLocation decl = region(field);
    FileLocation name = field.getVarIds().firstOrThrow().getReportLocation();
    int start = field.getTextRegion().getStartOffset();
    int end = field.getTextRegion().getEndOffset();
    List<JavaComment> attached = new ArrayList<>();
    // Comments directly above, each ending on the line before the next one starts.
    int expectLine = decl.getStartLine() - 1;
    for (int i = indexBefore(start); i >= 0; i--) {
      JavaComment c = comments.get(i);
      FileLocation at = c.getReportLocation();
      if (at.getEndLine() != expectLine && at.getEndLine() != decl.getStartLine()) {
        break;
      }
      attached.add(0, c);
      expectLine = at.getStartLine() - 1;
    }
    for (int i = indexBefore(start) + 1; i < comments.size(); i++) {
      JavaComment c = comments.get(i);
      int offset = c.getToken().getRegion().getStartOffset();
      FileLocation at = c.getReportLocation();
      if (offset >= end && at.getStartLine() != decl.getEndLine()) {
        break;
      }
      boolean inside = offset < end && at.getStartLine() <= name.getStartLine();
      boolean trailing = offset >= end;
      if (inside || trailing) {
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

  // ---------------------------------------------------------------- uses

  private void readUses(String holder, ASTVariableId field) {
    for (ASTNamedReferenceExpr usage : field.getLocalUsages()) {
      if (isAssignmentTarget(usage)) {
        ASTAssignmentExpression assign = (ASTAssignmentExpression) usage.getParent();
        Member in = enclosingMember(assign);
        if (in != null) {
          facts.add(UseFact.assignment(holder, expr(assign.getRightOperand()), start(assign), in));
        }
        continue;
      }
      Chain chain = chainFrom(usage, List.of(), Access.DIRECT);
      chain.emit(holder);
      followAlias(holder, chain, 0);
      followGetter(holder, usage, chain);
    }
  }

  private static boolean isAssignmentTarget(ASTNamedReferenceExpr usage) {
    return usage.getAccessType() == ASTAssignableExpr.AccessType.WRITE
        && usage.getParent() instanceof ASTAssignmentExpression a
        && a.getOperator() == AssignmentOp.ASSIGN
        && a.getLeftOperand() == usage;
  }

  /** {@code Map m = F;} or {@code m = F.entrySet().iterator();}: uses of {@code m} are uses of F. */
  private void followAlias(String holder, Chain chain, int depth) {
    if (depth >= MAX_ALIAS_DEPTH || chain.methodReference) {
      return;
    }
    JavaNode value = chain.end;
    JavaNode parent = value.getParent();
    ASTVariableId local = null;
    if (parent instanceof ASTVariableDeclarator d && d.getInitializer() == value && d.getVarId().isLocalVariable()) {
      local = d.getVarId();
    } else if (parent instanceof ASTAssignmentExpression a && a.getRightOperand() == value
        && a.getOperator() == AssignmentOp.ASSIGN && a.getLeftOperand() instanceof ASTVariableAccess target) {
      JVariableSymbol sym = target.getReferencedSym();
      ASTVariableId id = sym == null ? null : sym.tryGetNode();
      if (id != null && id.isLocalVariable()) {
        local = id;
      }
    }
    if (local == null) {
      return;
    }
    for (ASTNamedReferenceExpr use : local.getLocalUsages()) {
      if (use.getAccessType() == ASTAssignableExpr.AccessType.WRITE) {
        continue;
      }
      Chain aliased = chainFrom(use, chain.calls, Access.ALIAS);
      if (aliased.calls.size() > chain.calls.size()) {
        aliased.emit(holder);
      }
      followAlias(holder, aliased, depth + 1);
    }
  }

  /** A method whose whole body is {@code return F;}: calls on {@code getF()} are uses of F. */
  private void followGetter(String holder, ASTNamedReferenceExpr usage, Chain chain) {
    if (!chain.calls.isEmpty() || !(usage.getParent() instanceof ASTReturnStatement ret)) {
      return;
    }
    if (!(ret.getParent() instanceof ASTBlock body) || body.size() != 1
        || !(body.getParent() instanceof ASTMethodDeclaration getter)) {
      return;
    }
    ASTTypeDeclaration owner = getter.getEnclosingType();
    String ownerName = TypeNames.className(owner);
    if (callsByName == null) {
      callsByName = new HashMap<>();
      for (ASTMethodCall call : calls) {
        callsByName.computeIfAbsent(call.getMethodName(), k -> new ArrayList<>()).add(call);
      }
    }
    for (ASTMethodCall call : callsByName.getOrDefault(getter.getName(), List.of())) {
      if (call.getArguments().size() != getter.getArity()) {
        continue;
      }
      String target = targetClass(call, call.getQualifier(), call.getMethodName());
      if (ownerName.equals(target)) {
        chainFrom(call, List.of(getter.getName()), Access.GETTER).dropFirst().emit(holder);
      }
    }
  }

  /** The calls applied to {@code start}, and what the chain's value is used for. */
  private final class Chain {
    final List<String> calls = new ArrayList<>();
    final List<ASTMethodCall> nodes = new ArrayList<>();
    final Access access;
    JavaNode end;
    boolean methodReference;
    int skip;

    Chain(Access access) {
      this.access = access;
    }

    Chain dropFirst() {
      skip = 1;
      return this;
    }

    void emit(String holder) {
      if (calls.size() <= skip && !methodReference) {
        return;
      }
      Member in = enclosingMember(end);
      if (in == null) {
        return;
      }
      List<String> applied = skip == 0 ? calls : calls.subList(skip, calls.size());
      if (applied.isEmpty()) {
        return;
      }
      int arity = methodReference ? -1 : nodes.get(nodes.size() - 1).getArguments().size();
      Access how = methodReference && access == Access.DIRECT ? Access.METHOD_REFERENCE : access;
      UseFact use = new UseFact(holder, applied, arity, how, null, start(end), in, false, false);
      if (isCompared(end)) {
        use = use.compared();
      }
      if (mentionsParameter()) {
        use = use.fromParameter();
      }
      facts.add(use);
    }

    private boolean mentionsParameter() {
      for (ASTMethodCall call : nodes) {
        for (ASTExpression arg : call.getArguments()) {
          if (mentionsEnclosingParameter(arg, call)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private Chain chainFrom(JavaNode start, List<String> prefix, Access access) {
    Chain chain = new Chain(access);
    chain.calls.addAll(prefix);
    JavaNode cur = start;
    while (true) {
      JavaNode parent = cur.getParent();
      if (parent instanceof ASTCastExpression) {
        cur = parent;
      } else if (parent instanceof ASTMethodCall mc && mc.getQualifier() == cur) {
        chain.calls.add(mc.getMethodName());
        chain.nodes.add(mc);
        cur = mc;
      } else {
        break;
      }
    }
    if (cur.getParent() instanceof ASTMethodReference ref && ref.getQualifier() == cur) {
      chain.calls.add(ref.getMethodName());
      chain.methodReference = true;
      cur = ref;
    }
    chain.end = cur;
    return chain;
  }

  /**
   * The value is an operand of {@code < <= > >= == !=}, or is itself (possibly under {@code !})
   * the condition of an {@code if}, {@code while} or {@code ?:}.
   */
  private static boolean isCompared(JavaNode value) {
    JavaNode parent = value.getParent();
    if (parent instanceof ASTInfixExpression infix) {
      BinaryOp op = infix.getOperator();
      return BinaryOp.COMPARISON_OPS.contains(op) || BinaryOp.EQUALITY_OPS.contains(op);
    }
    JavaNode condition = value;
    while (parent instanceof ASTUnaryExpression not && not.getOperator() == UnaryOp.NEGATION) {
      condition = parent;
      parent = parent.getParent();
    }
    return parent instanceof ASTIfStatement s && s.getCondition() == condition
        || parent instanceof ASTWhileStatement w && w.getCondition() == condition
        || parent instanceof ASTConditionalExpression c && c.getCondition() == condition;
  }

  /**
   * Whether {@code expr} reads a parameter of the method or a lambda that {@code at} runs in, or
   * a local variable initialised from one (derived from input, it counts as input).
   */
  private static boolean mentionsEnclosingParameter(ASTExpression expr, JavaNode at) {
    return mentionsEnclosingParameter(expr, at, 0);
  }

  private static boolean mentionsEnclosingParameter(ASTExpression expr, JavaNode at, int depth) {
    if (depth > MAX_DERIVED_LOCAL_DEPTH) {
      return false;
    }
    List<ASTVariableAccess> reads = new ArrayList<>();
    if (expr instanceof ASTVariableAccess va) {
      reads.add(va);
    }
    reads.addAll(expr.descendants(ASTVariableAccess.class).crossFindBoundaries().toList());
    for (ASTVariableAccess va : reads) {
      JVariableSymbol sym = va.getReferencedSym();
      ASTVariableId id = sym == null ? null : sym.tryGetNode();
      if (id == null) {
        continue;
      }
      if (id.isFormalParameter()) {
        JavaNode declarer = id.ancestors().first(n -> n instanceof ASTExecutableDeclaration || n instanceof ASTLambdaExpression);
        if (declarer != null && runsIn(at, declarer)) {
          return true;
        }
      } else if (id.isLocalVariable() && id.getParent() instanceof ASTVariableDeclarator d && d.getInitializer() != null
          && mentionsEnclosingParameter(d.getInitializer(), d, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code at} is inside {@code declarer} without crossing into a nested class body. */
  private static boolean runsIn(JavaNode at, JavaNode declarer) {
    for (JavaNode n = at.getParent(); n != null; n = n.getParent()) {
      if (n == declarer) {
        return true;
      }
      if (n instanceof ASTTypeDeclaration) {
        return false;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- calls and instantiations

  private void readCall(ASTMethodCall call) {
    if (!ownMethodNames.contains(call.getMethodName())) {
      return;
    }
    ASTExpression q = call.getQualifier();
    if (q != null && !(q instanceof ASTThisExpression) && !(q instanceof ASTTypeExpression)) {
      return;
    }
    String target = targetClass(call, q, call.getMethodName());
    Member caller = enclosingMember(call);
    if (target != null && caller != null) {
      facts.add(new CallFact(caller, target, call.getMethodName()));
    }
  }

  private void readMethodReference(ASTMethodReference ref) {
    if (!ownMethodNames.contains(ref.getMethodName())) {
      return;
    }
    JavaNode q = ref.getQualifier();
    if (!(q instanceof ASTThisExpression) && !(q instanceof ASTTypeExpression) || ref.isConstructorReference()) {
      return;
    }
    String target = lexicalTarget(ref, (ASTExpression) q, ref.getMethodName());
    Member caller = enclosingMember(ref);
    if (target != null && caller != null) {
      facts.add(new CallFact(caller, target, ref.getMethodName()));
    }
  }

  /** The class of this file that declares the method a call made without a receiver object targets. */
  private String targetClass(ASTMethodCall call, ASTExpression qualifier, String method) {
    if (qualifier != null && !(qualifier instanceof ASTThisExpression) && !(qualifier instanceof ASTTypeExpression)) {
      return null;
    }
    OverloadSelectionResult sel = call.getOverloadSelectionInfo();
    if (!sel.isFailed()) {
      JMethodSig sig = sel.getMethodType();
      JExecutableSymbol sym = sig.getSymbol();
      ASTTypeDeclaration decl = sym.isUnresolved() ? null : sym.getEnclosingClass().tryGetNode();
      if (decl != null) {
        return TypeNames.className(decl);
      }
    }
    return lexicalTarget(call, qualifier, method);
  }

  /** Without type resolution: the innermost enclosing class declaring a method of that name. */
  private String lexicalTarget(JavaNode at, ASTExpression qualifier, String method) {
    if (qualifier instanceof ASTTypeExpression te) {
      String n = names.name(te.getTypeNode());
      return isOwnClass(n) ? n : null;
    }
    if (qualifier instanceof ASTThisExpression th && th.getQualifier() != null) {
      String n = names.name(th.getQualifier());
      return isOwnClass(n) ? n : null;
    }
    for (ASTTypeDeclaration t : at.ancestors(ASTTypeDeclaration.class)) {
      if (qualifier instanceof ASTThisExpression) {
        return TypeNames.className(t);
      }
      if (t.getDeclarations(ASTMethodDeclaration.class).any(m -> m.getName().equals(method))) {
        return TypeNames.className(t);
      }
    }
    return null;
  }

  private boolean isOwnClass(String name) {
    return ownClasses.contains(name);
  }

  private void readInstantiation(ASTConstructorCall ctor) {
    ASTClassType type = ctor.getTypeNode();
    String name = null;
    JTypeMirror mirror = type.getTypeMirror();
    ASTTypeDeclaration decl = mirror.getSymbol() instanceof JClassSymbol cs ? cs.tryGetNode() : null;
    if (decl != null) {
      name = decl.getCanonicalName();
    } else {
      String written = names.name(type);
      if (isOwnClass(written)) {
        name = written;
      }
    }
    Member in = enclosingMember(ctor);
    if (name != null && in != null) {
      facts.add(new InstantiationFact(name, in, start(ctor)));
    }
  }

  // ---------------------------------------------------------------- members

  /** The member the code at {@code node} runs in; lambdas belong to the member they are written in. */
  private Member enclosingMember(JavaNode node) {
    JavaNode child = node;
    for (JavaNode n = node.getParent(); n != null; child = n, n = n.getParent()) {
      if (n instanceof ASTExecutableDeclaration e) {
        return executableMember(e);
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

  private static Member executableMember(ASTExecutableDeclaration e) {
    String cls = TypeNames.className(e.getEnclosingType());
    if (e instanceof ASTMethodDeclaration m) {
      return new Member(cls, m.getName(), MemberKind.METHOD);
    }
    return new Member(cls, Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR);
  }

  private static Member initializerMember(ASTInitializer i) {
    String cls = TypeNames.className(i.getEnclosingType());
    return i.isStatic()
        ? new Member(cls, Member.STATIC_INIT, MemberKind.STATIC_INITIALIZER)
        : new Member(cls, Member.INSTANCE_INIT, MemberKind.INSTANCE_INITIALIZER);
  }

  // ---------------------------------------------------------------- expressions and annotations

  /** The shape of an expression; parentheses and casts are looked through. */
  private Expr expr(ASTExpression e) {
    if (e instanceof ASTCastExpression cast) {
      return expr(cast.getOperand());
    }
    if (e instanceof ASTConstructorCall c) {
      List<String> body = null;
      ASTAnonymousClassDeclaration anon = c.getAnonymousClassDeclaration();
      if (anon != null) {
        body = anon.getDeclarations(ASTMethodDeclaration.class).toList(ASTMethodDeclaration::getName);
      }
      return new Expr.New(names.typeRef(c.getTypeNode()), args(c.getArguments()), body);
    }
    if (e instanceof ASTMethodCall call) {
      ASTExpression q = call.getQualifier();
      Expr receiver = null;
      String staticOwner = null;
      if (q instanceof ASTTypeExpression te) {
        staticOwner = names.name(te.getTypeNode());
      } else if (q instanceof ASTAmbiguousName amb && names.isKnownTypeName(firstSegment(amb.getName()))) {
        staticOwner = names.written(amb.getName());
      } else if (q != null) {
        receiver = expr(q);
      } else {
        staticOwner = staticImportOwner(call);
      }
      return new Expr.Call(receiver, staticOwner, call.getMethodName(), args(call.getArguments()));
    }
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

  private List<Expr> args(Iterable<ASTExpression> arguments) {
    List<Expr> out = new ArrayList<>();
    for (ASTExpression a : arguments) {
      out.add(expr(a));
    }
    return out;
  }

  /** The owner of an unqualified call to a statically imported method, or null. */
  private String staticImportOwner(ASTMethodCall call) {
    OverloadSelectionResult sel = call.getOverloadSelectionInfo();
    if (!sel.isFailed() && !sel.getMethodType().getSymbol().isUnresolved()) {
      JExecutableSymbol sym = sel.getMethodType().getSymbol();
      JClassSymbol owner = sym.getEnclosingClass();
      if (!sym.isStatic() || owner.tryGetNode() != null) {
        return null; // an instance method, or one of this file's classes
      }
      String n = TypeNames.resolvedName(owner);
      return n != null && (names.hasStaticOnDemand(n) || n.equals(names.staticImportOwner(call.getMethodName()))) ? n : null;
    }
    return names.staticImportOwner(call.getMethodName());
  }

  private static String firstSegment(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot);
  }

  private List<AnnotationFact> annotations(ModifierOwner owner) {
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

  // ---------------------------------------------------------------- locations

  private Location location(JavaNode node) {
    FileLocation at = node.getReportLocation();
    return new Location(file, at.getStartLine(), at.getStartColumn());
  }

  /** Where the node's text starts (a call chain's receiver, not the method name). */
  private Location start(JavaNode node) {
    FileLocation at = region(node);
    return new Location(file, at.getStartLine(), at.getStartColumn());
  }

  private FileLocation region(JavaNode node) {
    return document.toLocation(node.getTextRegion());
  }
}
