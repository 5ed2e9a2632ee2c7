package dev.leakguard.pmd;

import dev.leakguard.core.model.ArgumentFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.Visibility;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import dev.leakguard.core.model.ReturnFact;
import dev.leakguard.core.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pmd.lang.document.FileLocation;
import net.sourceforge.pmd.lang.java.ast.ASTAnonymousClassDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTBlock;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
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
import net.sourceforge.pmd.lang.java.ast.ASTFormalParameter;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodReference;
import net.sourceforge.pmd.lang.java.ast.ASTRecordComponent;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchExpression;
import net.sourceforge.pmd.lang.java.ast.ASTThisExpression;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.ASTLocalVariableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTForeachStatement;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.AssignmentOp;
import net.sourceforge.pmd.lang.java.ast.JModifier;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.ModifierOwner;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;

/**
 * Reads one file's PMD AST into core {@link Facts} (core/README.md, "Writing a reader"): classes,
 * fields, members and their parameters, local definitions, the references chains of calls start
 * at (as PMD's symbol table resolves them), the references passed to methods of named classes and
 * what single-{@code return} methods return. It decides nothing: core resolves aliases, getters
 * and input, and judges.
 */
public final class PmdFactsReader {
  private final String file;
  private final ASTCompilationUnit root;
  private final TypeNames names;
  private final PmdDeclarations declarations;
  private final Conditions conditions = new Conditions(this::refOf);
  private final Facts.Builder facts = Facts.builder();
  private final Map<String, ASTVariableId> holderNodes = new LinkedHashMap<>();
  /** Each local variable's or parameter's definition that reaches the code being read. */
  private final Map<ASTVariableId, String> definitions = new HashMap<>();
  /** The names of the methods this file declares: only calls of these can reach its classes' methods. */
  private final Set<String> methodNames;

  private PmdFactsReader(ASTCompilationUnit root) {
    this.root = root;
    this.file = root.getAstInfo().getTextDocument().getFileId().getOriginalPath();
    this.names = new TypeNames(root);
    this.declarations = new PmdDeclarations(root, names);
    this.methodNames = new HashSet<>(root.descendants(ASTMethodDeclaration.class).crossFindBoundaries()
        .toList(ASTMethodDeclaration::getName));
  }

  /** What one file says, and the field node of each holder for reporting. */
  public record FileFacts(Facts facts, Map<String, ASTVariableId> holderNodes) {
    public FileFacts {
      holderNodes = Map.copyOf(holderNodes);
    }
  }

  public static FileFacts read(ASTCompilationUnit root) {
    PmdFactsReader reader = new PmdFactsReader(root);
    for (ASTTypeDeclaration t : root.descendants(ASTTypeDeclaration.class).crossFindBoundaries()) {
      if (t.getCanonicalName() != null) {
        reader.readClass(t);
      }
    }
    reader.readCode(root);
    return new FileFacts(reader.facts.build(), reader.holderNodes);
  }

  // ---------------------------------------------------------------- classes and fields

  private void readClass(ASTTypeDeclaration t) {
    String name = t.getCanonicalName();
    List<String> superTypes = new ArrayList<>();
    if (t.getSuperClassTypeNode() != null) {
      superTypes.add(names.name(t.getSuperClassTypeNode()));
    }
    t.getSuperInterfaceTypeNodes().forEach(i -> superTypes.add(names.name(i)));
    // With type resolution, the supertypes of those too (a servlet two levels down).
    Set<String> all = new LinkedHashSet<>(superTypes);
    for (JTypeMirror s : t.getTypeMirror().getSuperTypeSet()) {
      String n = TypeNames.resolvedName(s);
      if (n != null && !n.equals("java.lang.Object") && !n.equals(name)) {
        all.add(n);
      }
    }
    Set<String> methods = new LinkedHashSet<>(t.getDeclarations(ASTMethodDeclaration.class).toList(ASTMethodDeclaration::getName));
    ASTTypeDeclaration outer = t.getEnclosingType();
    facts.add(new ClassFact(name, kind(t), outer == null ? null : TypeNames.className(outer),
        declarations.annotations(t), List.copyOf(all), constructorVisibility(t), methods, location(t)));
    for (ASTFieldDeclaration field : t.getDeclarations(ASTFieldDeclaration.class)) {
      boolean isStatic = field.hasModifiers(JModifier.STATIC);
      for (ASTVariableDeclarator d : field.children(ASTVariableDeclarator.class)) {
        ASTExpression init = d.getInitializer();
        HolderFact h = new HolderFact(name, d.getName(), location(d.getVarId()), names.typeRef(field.getTypeNode()),
            isStatic, field.hasModifiers(JModifier.PRIVATE), init == null ? null : expr(init),
            declarations.annotations(field), declarations.documentation(field), Set.of());
        facts.add(h);
        holderNodes.putIfAbsent(h.id(), d.getVarId());
      }
    }
    // An enum constant is a static final field of the enum's type (calls on it reach its getters).
    for (ASTEnumConstant c : t.getDeclarations(ASTEnumConstant.class)) {
      facts.add(new HolderFact(name, c.getName(), location(c), TypeRef.of(name), true, false, null, List.of(), "", Set.of()));
    }
  }

  private static ClassKind kind(ASTTypeDeclaration t) {
    return t.isAnnotation() ? ClassKind.ANNOTATION : t.isEnum() ? ClassKind.ENUM : t.isRecord() ? ClassKind.RECORD
        : t.isInterface() ? ClassKind.INTERFACE : ClassKind.CLASS;
  }

  private static ClassFact.ConstructorVisibility constructorVisibility(ASTTypeDeclaration t) {
    if (t.isEnum()) {
      return ClassFact.ConstructorVisibility.ALL_PRIVATE;
    }
    List<ASTBodyDeclaration> ctors = t.getDeclarations()
        .filter(d -> d instanceof ASTConstructorDeclaration || d instanceof ASTCompactConstructorDeclaration).toList();
    if (ctors.isEmpty()) {
      return t.hasExplicitModifiers(JModifier.PUBLIC)
          ? ClassFact.ConstructorVisibility.IMPLICIT_PUBLIC : ClassFact.ConstructorVisibility.IMPLICIT;
    }
    if (ctors.stream().anyMatch(c -> ((ModifierOwner) c).hasExplicitModifiers(JModifier.PUBLIC))) {
      return ClassFact.ConstructorVisibility.SOME_PUBLIC;
    }
    boolean allPrivate = ctors.stream().allMatch(c -> ((ModifierOwner) c).hasModifiers(JModifier.PRIVATE));
    return allPrivate ? ClassFact.ConstructorVisibility.ALL_PRIVATE : ClassFact.ConstructorVisibility.SOME_NON_PRIVATE;
  }

  // ---------------------------------------------------------------- code, in source order

  /** Reads code in source order, so each use of a local meets the definition that reaches it. */
  private void readCode(JavaNode n) {
    if (n instanceof ASTVariableDeclarator d) {
      if (d.getInitializer() != null) {
        readCode(d.getInitializer()); // the initializer cannot see the variable it initialises
      }
      readCode(d.getVarId());
      return;
    }
    if (n instanceof ASTVariableId v) {
      if (!v.isField() && !v.isEnumConstant() && !v.isRecordComponent()) {
        define(v, v.isFormalParameter() || v.isLambdaParameter());
      }
      return;
    }
    if (n instanceof ASTAssignmentExpression a && localTarget(a) != null) {
      readCode(a.getRightOperand());
      redefine(a, localTarget(a));
      return;
    }
    readDeclaration(n);
    if (n instanceof ASTReturnStatement r) {
      readReturn(r);
    } else if (n instanceof ASTVariableAccess || n instanceof ASTFieldAccess) {
      Ref ref = refOf((ASTExpression) n);
      if (ref != null) {
        emitUse(n, ref);
      }
    } else if (n instanceof ASTMethodCall call) {
      facts.invokes(call.getMethodName());
      readCall(call);
    } else if (n instanceof ASTMethodReference mr) {
      facts.invokes(mr.getMethodName());
      readMethodReference(mr);
    } else if (n instanceof ASTConstructorCall c) {
      readInstantiation(c);
    }
    for (JavaNode child : n.children()) {
      readCode(child);
    }
  }

  /** Members: a method fact each; a compact constructor's parameters are the record's components. */
  private void readDeclaration(JavaNode n) {
    if (n instanceof ASTExecutableDeclaration e) {
      facts.add(new MethodFact(CodeSites.executableMember(e), visibility(e), declarations.annotations(e)));
      readParameters(e);
    } else if (n instanceof ASTCompactConstructorDeclaration c) {
      facts.add(new MethodFact(CodeSites.compactConstructorMember(c), visibility(c), declarations.annotations(c)));
      c.getEnclosingType().getRecordComponents().children(ASTRecordComponent.class).forEach(comp -> define(comp.getVarId(), true));
    } else if (n instanceof ASTInitializer i) {
      facts.add(new MethodFact(CodeSites.initializerMember(i), false, List.of()));
    }
  }

  /**
   * Who may call a member: an interface's members, and an anonymous or local class's methods (they
   * implement a supertype's), are public unless private.
   */
  private static Visibility visibility(net.sourceforge.pmd.lang.java.ast.ModifierOwner n) {
    if (n.hasModifiers(JModifier.PRIVATE)) {
      return Visibility.PRIVATE;
    }
    ASTTypeDeclaration owner = n.ancestors(ASTTypeDeclaration.class).first();
    if (n.hasModifiers(JModifier.PUBLIC) || owner == null || owner.isInterface() || owner.isAnonymous() || owner.isLocal()) {
      return Visibility.PUBLIC;
    }
    return n.hasModifiers(JModifier.PROTECTED) ? Visibility.PROTECTED : Visibility.PACKAGE;
  }

  /**
   * A method's or constructor's parameters in order, by the ids their definitions get (a
   * parameter's definition is where it is declared): core summarises what the member does to each.
   * Members of anonymous and local classes are left out, as calls cannot name them.
   */
  private void readParameters(ASTExecutableDeclaration e) {
    if (e.getEnclosingType().getCanonicalName() == null) {
      return;
    }
    List<String> ids = e.getFormalParameters().toStream()
        .map(ASTFormalParameter::getVarId).toList(v -> localId(v, v.getName()));
    facts.add(new ParametersFact(TypeNames.className(e.getEnclosingType()), CodeSites.executableMember(e).name(), ids));
  }

  // ---------------------------------------------------------------- locals

  private void define(ASTVariableId v, boolean parameter) {
    String id = localId(v, v.getName());
    facts.add(parameter ? LocalFact.parameter(id, v.getName(), declaredType(v))
        : local(id, v, v.getInitializer(), null));
    definitions.put(v, id);
  }

  /** {@code x = value} makes a new definition; {@code x += value} one made of the old value and the new. */
  private void redefine(ASTAssignmentExpression a, ASTVariableId target) {
    String id = localId(a, target.getName());
    String previous = a.getOperator() == AssignmentOp.ASSIGN ? null : definitions.get(target);
    facts.add(local(id, target, a.getRightOperand(), previous));
    definitions.put(target, id);
  }

  private LocalFact local(String id, ASTVariableId v, ASTExpression value, String previous) {
    List<String> mentions = new ArrayList<>(value == null ? List.of() : mentions(value));
    if (value == null && v.getParent() != null && v.getParent().getParent() instanceof ASTLocalVariableDeclaration decl
        && decl.getParent() instanceof ASTForeachStatement loop && loop.getIterableExpr() != null) {
      mentions.addAll(mentions(loop.getIterableExpr())); // a for-each variable holds elements of what it iterates
    }
    if (previous != null) {
      mentions.add(previous);
      return new LocalFact(id, v.getName(), false, null, List.of(), new Expr.Other("compound"), mentions, null);
    }
    Chain chain = value == null ? null : chainOf(value);
    return new LocalFact(id, v.getName(), false, chain == null ? null : chain.start(),
        chain == null ? List.of() : chain.calls(), value == null ? null : expr(value), mentions, declaredType(v));
  }

  /** The type a local or parameter is declared with; null for {@code var} and an untyped lambda parameter. */
  private TypeRef declaredType(ASTVariableId v) {
    return v.isTypeInferred() || v.getTypeNode() == null ? null : names.typeRef(v.getTypeNode());
  }

  /** A definition's id: the file, the position that defines it and the name, unique in the facts. */
  private String localId(JavaNode at, String name) {
    FileLocation p = at.getReportLocation();
    return file + "@" + p.getStartLine() + ":" + p.getStartColumn() + "/" + name;
  }

  private ASTVariableId localTarget(ASTAssignmentExpression a) {
    ASTVariableId target = a.getLeftOperand() instanceof ASTVariableAccess va ? localNode(va) : null;
    return target != null && definitions.containsKey(target) ? target : null;
  }

  private static ASTVariableId localNode(ASTVariableAccess va) {
    JVariableSymbol sym = va.getReferencedSym();
    return sym == null || sym instanceof JFieldSymbol ? null : sym.tryGetNode();
  }

  /** The definitions of the locals and parameters an expression mentions. */
  private List<String> mentions(ASTExpression e) {
    List<String> ids = new ArrayList<>();
    List<ASTVariableAccess> reads = new ArrayList<>();
    if (e instanceof ASTVariableAccess va) {
      reads.add(va);
    }
    e.descendants(ASTVariableAccess.class).crossFindBoundaries().forEach(reads::add);
    for (ASTVariableAccess va : reads) {
      String id = definitions.get(localNode(va));
      if (id != null && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  // ---------------------------------------------------------------- references

  /**
   * What a name or field access refers to: a local's definition, a field as PMD's symbol table
   * resolves it ({@code F}, {@code this.f}, {@code Outer.this.f}, {@code Type.F}, {@code INSTANCE.f}),
   * or a field of the object a local holds; null for a field reached through any other value.
   */
  private Ref refOf(ASTExpression e) {
    if (e instanceof ASTVariableAccess va) {
      if (va.getReferencedSym() instanceof JFieldSymbol f) {
        return fieldRef(f);
      }
      String id = definitions.get(localNode(va));
      return id == null ? null : new Ref.Local(id);
    }
    if (e instanceof ASTFieldAccess fa) {
      ASTExpression q = withoutCasts(fa.getQualifier());
      ASTVariableId holder = q instanceof ASTVariableAccess va ? localNode(va) : null;
      if (holder != null && definitions.containsKey(holder)) {
        return fieldOfLocal(holder, fa.getName());
      }
      return reachedByName(q) && fa.getReferencedSym() != null ? fieldRef(fa.getReferencedSym()) : null;
    }
    return null;
  }

  /** {@code this}, a type, or a field reached from those: {@code Outer.this}, {@code Type}, {@code INSTANCE}, {@code A.b}. */
  private static boolean reachedByName(ASTExpression q) {
    return q instanceof ASTThisExpression || q instanceof ASTTypeExpression
        || q instanceof ASTVariableAccess va && va.getReferencedSym() instanceof JFieldSymbol
        || q instanceof ASTFieldAccess fa && fa.getReferencedSym() != null && reachedByName(withoutCasts(fa.getQualifier()));
  }

  /**
   * A field of the object a local or parameter holds, looked up in its declared type as written
   * ({@code style.cache} in a loop over {@code Style.values()}); nothing for {@code var} and an
   * untyped lambda parameter.
   */
  private Ref fieldOfLocal(ASTVariableId local, String field) {
    TypeRef type = declaredType(local);
    return type == null ? null : new Ref.Field(names.candidates(type.name()), field, true);
  }

  static ASTExpression withoutCasts(ASTExpression e) {
    ASTExpression x = e;
    while (x instanceof ASTCastExpression cast) {
      x = cast.getOperand();
    }
    return x;
  }

  /** The field where it is declared; core finds the holder, if it is one of the analysed code. */
  private static Ref fieldRef(JFieldSymbol f) {
    String owner = TypeNames.resolvedName(f.getEnclosingClass());
    return owner == null ? null : Ref.Field.declaredIn(owner, f.getSimpleName());
  }

  /**
   * The value of a call of a method of a named class: unqualified or on {@code this} (the
   * innermost enclosing class declaring it, a statically imported method, else inherited), or on
   * a type. A call on a value is a call in a chain: core follows getters there.
   */
  private Ref returnedRef(ASTMethodCall call) {
    ASTExpression q = call.getQualifier();
    String method = call.getMethodName();
    int arity = call.getArguments().size();
    if (q instanceof ASTTypeExpression te) {
      return new Ref.Returned(List.of(names.name(te.getTypeNode())), method, arity, false);
    }
    if (q != null && !(q instanceof ASTThisExpression)) {
      return null;
    }
    ASTTypeDeclaration declaring = declaringClass(call, method);
    if (declaring != null) {
      return declaring.getCanonicalName() == null ? null
          : new Ref.Returned(List.of(declaring.getCanonicalName()), method, arity, false);
    }
    String imported = q == null ? names.staticImportOwner(method) : null;
    if (imported != null) {
      return new Ref.Returned(List.of(imported), method, arity, false);
    }
    for (ASTTypeDeclaration t : call.ancestors(ASTTypeDeclaration.class)) {
      if (t.getCanonicalName() != null && (t.getSuperClassTypeNode() != null || t.getSuperInterfaceTypeNodes().nonEmpty())) {
        return new Ref.Returned(List.of(t.getCanonicalName()), method, arity, true); // an inherited getter
      }
    }
    return null;
  }

  /** The innermost class around {@code at} that declares a method named {@code method}. */
  private ASTTypeDeclaration declaringClass(JavaNode at, String method) {
    if (!methodNames.contains(method)) {
      return null;
    }
    for (ASTTypeDeclaration t : at.ancestors(ASTTypeDeclaration.class)) {
      if (t.getDeclarations(ASTMethodDeclaration.class).any(m -> m.getName().equals(method))) {
        return t;
      }
    }
    return null;
  }

  /** A chain of calls from a reference: {@code F}, {@code F.entrySet().iterator()}, {@code registry()}. */
  private record Chain(Ref start, List<String> calls) {}

  private Chain chainOf(ASTExpression value) {
    ASTExpression e = value;
    while (e instanceof ASTCastExpression cast) {
      e = cast.getOperand();
    }
    if (e instanceof ASTMethodCall mc) {
      Ref returned = returnedRef(mc);
      Chain scope = returned != null ? new Chain(returned, List.of()) : mc.getQualifier() == null ? null : chainOf(mc.getQualifier());
      if (returned != null || scope == null) {
        return scope;
      }
      List<String> calls = new ArrayList<>(scope.calls());
      calls.add(mc.getMethodName());
      return new Chain(scope.start(), calls);
    }
    Ref ref = refOf(e);
    return ref == null ? null : new Chain(ref, List.of());
  }

  /** A method of a named class whose body is a single {@code return}: core decides whether it is a getter. */
  private void readReturn(ASTReturnStatement r) {
    if (r.getExpr() != null && r.getParent() instanceof ASTBlock body && body.size() == 1
        && body.getParent() instanceof ASTMethodDeclaration m && m.getEnclosingType().getCanonicalName() != null) {
      Chain chain = chainOf(r.getExpr());
      if (chain != null) {
        facts.add(new ReturnFact(m.getEnclosingType().getCanonicalName(), m.getName(), m.getArity(), chain.start(),
            chain.calls()));
      }
    }
  }

  // ---------------------------------------------------------------- uses

  /** Records the chain of calls (or the assignment, or the method reference) that starts at {@code start}. */
  private void emitUse(JavaNode start, Ref ref) {
    Member in = CodeSites.enclosingMember(start);
    if (in == null) {
      return;
    }
    List<String> calls = new ArrayList<>();
    List<List<Expr>> callArguments = new ArrayList<>();
    List<String> argumentMentions = new ArrayList<>();
    ASTMethodCall last = null;
    JavaNode cur = start;
    JavaNode parent = cur.getParent();
    while (parent instanceof ASTCastExpression || parent instanceof ASTMethodCall mc && mc.getQualifier() == cur) {
      if (parent instanceof ASTMethodCall mc) {
        calls.add(mc.getMethodName());
        callArguments.add(args(mc.getArguments()));
        mc.getArguments().forEach(a -> argumentMentions.addAll(mentions(a)));
        last = mc;
      }
      cur = parent;
      parent = cur.getParent();
    }
    Location at = start(start);
    LambdaSite lambda = CodeSites.lambdaSite(start);
    List<Guard> guards = conditions.guardsOf(start);
    if (parent instanceof ASTMethodReference mr && mr.getQualifier() == cur) {
      calls.add(mr.getMethodName());
      argumentMentions.addAll(mentionsAround(mr));
      facts.add(new RefUse(ref, calls, -1, true, null, at, in, false, argumentMentions, lambda, callArguments, guards));
    } else if (last != null) {
      facts.add(new RefUse(ref, calls, last.getArguments().size(), false, null, at, in, Conditions.isCompared(cur),
          argumentMentions, lambda, callArguments, guards));
    } else if (parent instanceof ASTAssignmentExpression a && a.getLeftOperand() == cur && a.getOperator() == AssignmentOp.ASSIGN) {
      facts.add(new RefUse(ref, calls, 0, false, expr(a.getRightOperand()), at, in, false, List.of(), lambda, List.of(),
          guards));
    }
  }

  /**
   * Where a method reference passed to a call takes its arguments from: the call's receiver and its
   * other arguments ({@code items.forEach(SEEN::add)}: {@code items}).
   */
  private List<String> mentionsAround(ASTMethodReference reference) {
    JavaNode up = reference.getParent();
    while (up instanceof ASTCastExpression) {
      up = up.getParent();
    }
    if (!(up instanceof ASTArgumentList list) || !(list.getParent() instanceof ASTMethodCall call)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (call.getQualifier() != null) {
      out.addAll(mentions(call.getQualifier()));
    }
    for (ASTExpression a : call.getArguments()) {
      if (a != reference) {
        out.addAll(mentions(a));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- calls and instantiations

  /** A call of a method of this file's classes (a call fact), and the chain that may continue from its value. */
  private void readCall(ASTMethodCall call) {
    ASTExpression q = call.getQualifier();
    if (q == null || q instanceof ASTThisExpression || q instanceof ASTTypeExpression) {
      addCallFact(call, q, call.getMethodName(), conditions.guardsOf(call));
    }
    Ref returned = returnedRef(call);
    if (returned != null) {
      emitUse(call, returned);
    }
    if (returned instanceof Ref.Returned callee) {
      readArguments(call, callee);
    }
  }

  /**
   * Each field or local passed to a method of a named class ({@code grow(MAP, k)}, casts looked
   * through): core applies what that method does to the parameter to the holder passed.
   */
  private void readArguments(ASTMethodCall call, Ref.Returned callee) {
    Member in = CodeSites.enclosingMember(call);
    if (in == null) {
      return;
    }
    ASTArgumentList arguments = call.getArguments();
    for (int i = 0; i < arguments.size(); i++) {
      ASTExpression a = withoutCasts(arguments.get(i));
      Ref ref = a instanceof ASTVariableAccess || a instanceof ASTFieldAccess ? refOf(a) : null;
      if (ref != null) {
        facts.add(new ArgumentFact(ref, callee, i, start(call), in, CodeSites.lambdaSite(call), conditions.guardsOf(call)));
      }
    }
  }

  private void readMethodReference(ASTMethodReference ref) {
    JavaNode q = ref.getQualifier();
    if ((q instanceof ASTThisExpression || q instanceof ASTTypeExpression) && !ref.isConstructorReference()) {
      addCallFact(ref, (ASTExpression) q, ref.getMethodName(), List.of()); // it runs where it is called
    }
  }

  /** A call made without a receiver object: to the named class, or to the enclosing class that declares the method. */
  private void addCallFact(JavaNode at, ASTExpression qualifier, String method, List<Guard> guards) {
    String target;
    if (qualifier instanceof ASTTypeExpression te) {
      target = names.name(te.getTypeNode());
    } else if (qualifier instanceof ASTThisExpression th && th.getQualifier() != null) {
      target = names.name(th.getQualifier());
    } else {
      ASTTypeDeclaration t = declaringClass(at, method);
      target = t == null ? null : TypeNames.className(t);
    }
    Member caller = CodeSites.enclosingMember(at);
    if (target != null && caller != null) {
      facts.add(new CallFact(caller, target, method, guards));
    }
  }

  /** Every {@code new T(..)}: core matches {@code T} against the classes it knows. */
  private void readInstantiation(ASTConstructorCall ctor) {
    Member in = CodeSites.enclosingMember(ctor);
    if (in != null) {
      facts.add(new InstantiationFact(names.name(ctor.getTypeNode()), in, start(ctor), CodeSites.lambdaSite(ctor)));
    }
  }

  // ---------------------------------------------------------------- expressions and locations

  /** How deep expression shapes go, and how many arguments of a call they keep (as the analyzer's reader). */
  private static final int MAX_DEPTH = 8;
  private static final int MAX_ARGS = 4;

  /** The shape of an expression; casts are looked through, locals named by their definition. */
  private Expr expr(ASTExpression e) {
    return expr(e, 0);
  }

  private Expr expr(ASTExpression raw, int depth) {
    ASTExpression e = withoutCasts(raw);
    if (depth > MAX_DEPTH) {
      return new Expr.Other("deep");
    }
    if (e instanceof ASTConstructorCall c) {
      ASTAnonymousClassDeclaration anon = c.getAnonymousClassDeclaration();
      List<String> body = anon == null ? null : anon.getDeclarations(ASTMethodDeclaration.class).toList(ASTMethodDeclaration::getName);
      return new Expr.New(names.typeRef(c.getTypeNode()), args(c.getArguments(), depth), body);
    }
    if (e instanceof ASTMethodCall call) {
      ASTExpression q = call.getQualifier();
      String method = call.getMethodName();
      if (q instanceof ASTTypeExpression te) {
        return new Expr.Call(null, names.name(te.getTypeNode()), method, args(call.getArguments(), depth));
      }
      String imported = q == null && declaringClass(call, method) == null ? names.staticImportOwner(method) : null;
      return new Expr.Call(q == null ? null : expr(q, depth + 1), imported, method, args(call.getArguments(), depth));
    }
    if (e instanceof ASTConditionalExpression c) {
      return new Expr.Choice(List.of(expr(c.getThenBranch(), depth + 1), expr(c.getElseBranch(), depth + 1)));
    }
    if (e instanceof ASTSwitchExpression sw) {
      return new Expr.Choice(sw.getYieldExpressions().toList(y -> expr(y, depth + 1)));
    }
    if (e instanceof ASTVariableAccess va && definitions.get(localNode(va)) != null) {
      return new Expr.Local(definitions.get(localNode(va)), va.getName());
    }
    if (e instanceof ASTThisExpression t && t.getQualifier() == null) {
      return new Expr.Other("this"); // the object being constructed, in a constructor
    }
    return PmdDeclarations.literalOrName(e);
  }

  /** A call's first {@value #MAX_ARGS} arguments: the front ends agree on what longer lists add. */
  private List<Expr> args(ASTArgumentList arguments) {
    return args(arguments, 0);
  }

  private List<Expr> args(ASTArgumentList arguments, int depth) {
    return arguments.toStream().take(MAX_ARGS).toList(a -> expr(a, depth + 1));
  }

  private Location location(JavaNode node) {
    FileLocation at = node.getReportLocation();
    return new Location(file, at.getStartLine(), at.getStartColumn());
  }

  /** Where the node's text starts (a call chain's receiver, not the method name). */
  private Location start(JavaNode node) {
    FileLocation at = root.getAstInfo().getTextDocument().toLocation(node.getTextRegion());
    return new Location(file, at.getStartLine(), at.getStartColumn());
  }
}
