package dev.leakguard.analyzer.reader;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.Access;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.UseFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JavaParser compilation unit into core facts (core/README.md, "Writing a reader"). It
 * states what the code says and decides nothing: which collections are unbounded and which
 * calls grow them is the judge's business.
 */
public final class FactsReader extends VoidVisitorAdapter<Void> {
  private final String file;
  private final TypeNames types;
  private final Comments comments;
  private final ExprShapes shapes;
  private final Facts.Builder out = Facts.builder();
  private final List<PendingUse> pending = new ArrayList<>();
  private final List<GetterFact> getters = new ArrayList<>();
  /** Field names of every named class in this file, by qualified name. */
  private final Map<String, Map<String, String>> fieldTypesByClass = new HashMap<>();
  private final Set<String> enumsHere = new HashSet<>();

  private ClassScope currentClass;
  private MemberScope currentMember;
  private int syntheticCounter;

  private FactsReader(String file, CompilationUnit cu, List<com.github.javaparser.ast.comments.Comment> allComments,
      String source, Catalog catalog) {
    this.file = file;
    this.types = new TypeNames(cu, catalog);
    this.comments = new Comments(allComments, source);
    this.shapes = new ExprShapes(types, this);
  }

  /**
   * Reads a parsed file. {@code comments} are all its comments (the parser's comment collection:
   * comments are attached here by position, not by JavaParser's attribution); {@code source} is
   * its text (for telling trailing comments apart).
   */
  public static FileFacts read(String file, CompilationUnit cu, List<com.github.javaparser.ast.comments.Comment> comments,
      String source, Catalog catalog) {
    FactsReader r = new FactsReader(file, cu, comments, source, catalog);
    r.declareTypes(cu.getTypes(), "");
    cu.getTypes().forEach(t -> t.accept(r, null));
    return new FileFacts(file, r.out.build(), r.pending, r.getters);
  }

  // ---------------------------------------------------------------- classes

  private void declareTypes(NodeList<? extends BodyDeclaration<?>> members, String prefix) {
    for (BodyDeclaration<?> m : members) {
      if (m instanceof TypeDeclaration<?> t) {
        String path = prefix.isEmpty() ? t.getNameAsString() : prefix + "." + t.getNameAsString();
        types.declare(path);
        if (t instanceof EnumDeclaration) {
          enumsHere.add(types.qualify(path));
        }
        declareTypes(t.getMembers(), path);
      }
    }
  }

  private static final class ClassScope {
    final String name;
    final boolean synthetic;
    final boolean isInterface;
    final ClassScope outer;
    final Map<String, String> fieldTypes = new HashMap<>();
    final Map<String, String> getterFields = new HashMap<>();
    final Set<String> methods = new HashSet<>();
    final List<String> superTypes = new ArrayList<>();

    ClassScope(String name, boolean synthetic, boolean isInterface, ClassScope outer) {
      this.name = name;
      this.synthetic = synthetic;
      this.isInterface = isInterface;
      this.outer = outer;
    }
  }

  private static final class MemberScope {
    final Member member;
    final Set<String> locals = new HashSet<>();
    final Set<String> params = new HashSet<>();
    final Map<String, HolderRef> aliases = new HashMap<>();
    final Map<String, Expression> localInits = new HashMap<>();

    MemberScope(Member member) {
      this.member = member;
    }
  }

  @Override
  public void visit(ClassOrInterfaceDeclaration n, Void arg) {
    ClassKind kind = n.isInterface() ? ClassKind.INTERFACE : ClassKind.CLASS;
    List<String> supers = new ArrayList<>();
    n.getExtendedTypes().forEach(t -> supers.add(types.resolve(t.getNameWithScope())));
    n.getImplementedTypes().forEach(t -> supers.add(types.resolve(t.getNameWithScope())));
    enterType(n, kind, supers, () -> super.visit(n, arg));
  }

  @Override
  public void visit(EnumDeclaration n, Void arg) {
    List<String> supers = new ArrayList<>();
    n.getImplementedTypes().forEach(t -> supers.add(types.resolve(t.getNameWithScope())));
    enterType(n, ClassKind.ENUM, supers, () -> super.visit(n, arg));
  }

  @Override
  public void visit(RecordDeclaration n, Void arg) {
    List<String> supers = new ArrayList<>();
    n.getImplementedTypes().forEach(t -> supers.add(types.resolve(t.getNameWithScope())));
    enterType(n, ClassKind.RECORD, supers, () -> super.visit(n, arg));
  }

  @Override
  public void visit(AnnotationDeclaration n, Void arg) {
    // Annotation members hold no collections worth judging.
  }

  private void enterType(TypeDeclaration<?> n, ClassKind kind, List<String> supers, Runnable body) {
    boolean local = currentMember != null || (currentClass != null && currentClass.synthetic);
    String name = local ? nextSyntheticName() : qualifiedNameOf(n);
    ClassScope scope = new ClassScope(name, local, kind == ClassKind.INTERFACE, currentClass);
    scope.superTypes.addAll(supers);
    collectMembers(scope, n.getMembers());
    if (n instanceof EnumDeclaration e) {
      e.getEntries().forEach(c -> scope.fieldTypes.put(c.getNameAsString(), name));
    }
    if (!local) {
      fieldTypesByClass.put(name, scope.fieldTypes);
      out.add(classFact(n, name, kind, supers, scope));
    }
    ClassScope savedClass = currentClass;
    MemberScope savedMember = currentMember;
    currentClass = scope;
    currentMember = null;
    try {
      body.run();
    } finally {
      currentClass = savedClass;
      currentMember = savedMember;
    }
  }

  private String qualifiedNameOf(TypeDeclaration<?> n) {
    List<String> names = new ArrayList<>();
    Node cursor = n;
    while (cursor instanceof TypeDeclaration<?> t) {
      names.add(0, t.getNameAsString());
      cursor = cursor.getParentNode().orElse(null);
    }
    return types.qualify(String.join(".", names));
  }

  private String nextSyntheticName() {
    String outer = currentClass != null ? currentClass.name : types.qualify("$");
    return outer + "$" + (++syntheticCounter);
  }

  private void collectMembers(ClassScope scope, NodeList<BodyDeclaration<?>> members) {
    for (BodyDeclaration<?> m : members) {
      if (m instanceof FieldDeclaration f) {
        for (VariableDeclarator v : f.getVariables()) {
          scope.fieldTypes.put(v.getNameAsString(), types.resolve(v.getType().asString()));
        }
      } else if (m instanceof MethodDeclaration md) {
        scope.methods.add(md.getNameAsString());
        if (md.getParameters().isEmpty() && md.getBody().isPresent()) {
          var stmts = md.getBody().get().getStatements();
          if (stmts.size() == 1 && stmts.get(0) instanceof ReturnStmt ret && ret.getExpression().isPresent()) {
            String field = returnedField(ret.getExpression().get());
            if (field != null && scope.fieldTypes.containsKey(field)) {
              scope.getterFields.put(md.getNameAsString(), field);
            }
          }
        }
      }
    }
  }

  private static String returnedField(Expression e) {
    Expression x = ExprShapes.strip(e);
    if (x instanceof NameExpr n) {
      return n.getNameAsString();
    }
    if (x instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
      return fa.getNameAsString();
    }
    return null;
  }

  private ClassFact classFact(TypeDeclaration<?> n, String name, ClassKind kind, List<String> supers, ClassScope scope) {
    ClassFact.ConstructorVisibility ctors;
    if (kind == ClassKind.ENUM) {
      ctors = ClassFact.ConstructorVisibility.ALL_PRIVATE;
    } else {
      List<ConstructorDeclaration> cs = n.getConstructors();
      if (cs.isEmpty()) {
        ctors = ClassFact.ConstructorVisibility.IMPLICIT;
      } else {
        ctors = cs.stream().allMatch(ConstructorDeclaration::isPrivate)
            ? ClassFact.ConstructorVisibility.ALL_PRIVATE : ClassFact.ConstructorVisibility.SOME_NON_PRIVATE;
      }
    }
    for (var e : scope.getterFields.entrySet()) {
      getters.add(new GetterFact(name, e.getKey(), HolderFact.id(name, e.getValue())));
    }
    String outer = currentClass != null && !currentClass.synthetic ? currentClass.name : null;
    return new ClassFact(name, kind, outer, annotations(n.getAnnotations()), supers, ctors, scope.methods,
        location(n.getName()));
  }

  // ---------------------------------------------------------------- members

  @Override
  public void visit(FieldDeclaration n, Void arg) {
    boolean isStatic = n.isStatic() || currentClass.isInterface;
    for (VariableDeclarator v : n.getVariables()) {
      if (!currentClass.synthetic) {
        out.add(new HolderFact(currentClass.name, v.getNameAsString(), location(v.getName()),
            shapes.typeRef(v.getType()), isStatic, n.isPrivate(),
            v.getInitializer().map(i -> shapes.shape(i)).orElse(null),
            annotations(n.getAnnotations()), comments.attachedTo(n, firstLine(n)), suppressions(n)));
      }
      if (v.getInitializer().isPresent()) {
        MemberKind kind = isStatic ? MemberKind.STATIC_FIELD_INITIALIZER : MemberKind.INSTANCE_FIELD_INITIALIZER;
        inMember(new Member(currentClass.name, v.getNameAsString(), kind), () -> v.getInitializer().get().accept(this, null));
      }
    }
  }

  @Override
  public void visit(EnumConstantDeclaration n, Void arg) {
    inMember(new Member(currentClass.name, n.getNameAsString(), MemberKind.STATIC_FIELD_INITIALIZER),
        () -> n.getArguments().forEach(a -> a.accept(this, null)));
    if (!n.getClassBody().isEmpty()) {
      enterAnonymous(n.getClassBody(), List.of(currentClass.name));
    }
  }

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    Member m = new Member(currentClass.name, n.getNameAsString(), MemberKind.METHOD);
    out.add(new MethodFact(m, n.isPrivate(), annotations(n.getAnnotations())));
    inMember(m, () -> {
      n.getParameters().forEach(p -> addParameter(p));
      n.getBody().ifPresent(b -> b.accept(this, null));
    });
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    Member m = new Member(currentClass.name, Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR);
    out.add(new MethodFact(m, n.isPrivate(), annotations(n.getAnnotations())));
    inMember(m, () -> {
      n.getParameters().forEach(p -> addParameter(p));
      n.getBody().accept(this, null);
    });
  }

  @Override
  public void visit(InitializerDeclaration n, Void arg) {
    Member m = n.isStatic()
        ? new Member(currentClass.name, Member.STATIC_INIT, MemberKind.STATIC_INITIALIZER)
        : new Member(currentClass.name, Member.INSTANCE_INIT, MemberKind.INSTANCE_INITIALIZER);
    out.add(new MethodFact(m, true, List.of()));
    inMember(m, () -> n.getBody().accept(this, null));
  }

  private void inMember(Member m, Runnable body) {
    MemberScope saved = currentMember;
    currentMember = new MemberScope(m);
    try {
      body.run();
    } finally {
      currentMember = saved;
    }
  }

  private void addParameter(Parameter p) {
    currentMember.locals.add(p.getNameAsString());
    currentMember.params.add(p.getNameAsString());
  }

  // ---------------------------------------------------------------- locals and lambdas

  @Override
  public void visit(LambdaExpr n, Void arg) {
    if (currentMember == null) {
      super.visit(n, arg);
      return;
    }
    Set<String> savedLocals = new HashSet<>(currentMember.locals);
    Set<String> savedParams = new HashSet<>(currentMember.params);
    n.getParameters().forEach(p -> addParameter(p));
    try {
      n.getBody().accept(this, arg);
    } finally {
      currentMember.locals.retainAll(savedLocals);
      currentMember.locals.addAll(savedLocals);
      currentMember.params.retainAll(savedParams);
      currentMember.params.addAll(savedParams);
    }
  }

  @Override
  public void visit(Parameter n, Void arg) {
    if (currentMember != null) {
      currentMember.locals.add(n.getNameAsString()); // catch and other parameters
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(TypePatternExpr n, Void arg) {
    if (currentMember != null) {
      currentMember.locals.add(n.getNameAsString());
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(VariableDeclarator n, Void arg) {
    if (currentMember == null || !(n.getParentNode().orElse(null) instanceof VariableDeclarationExpr)) {
      super.visit(n, arg);
      return;
    }
    String name = n.getNameAsString();
    if (n.getInitializer().isPresent()) {
      Expression init = n.getInitializer().get();
      init.accept(this, arg); // the initializer cannot see the variable it initialises
      HolderRef ref = resolveChain(init);
      currentMember.locals.add(name);
      if (ref != null) {
        currentMember.aliases.put(name, ref);
      } else {
        currentMember.aliases.remove(name);
      }
      currentMember.localInits.put(name, init);
      if (mentionsParameter(init)) {
        currentMember.params.add(name); // derived from input: counts as input
      }
    } else {
      currentMember.locals.add(name);
    }
  }

  // JavaParser's adapter visits some children out of source order (a for loop's body before its
  // initialization); locals and aliases are tracked in source order, so these go in order.

  @Override
  public void visit(com.github.javaparser.ast.stmt.ForStmt n, Void arg) {
    n.getInitialization().forEach(e -> e.accept(this, arg));
    n.getCompare().ifPresent(e -> e.accept(this, arg));
    n.getUpdate().forEach(e -> e.accept(this, arg));
    n.getBody().accept(this, arg);
  }

  @Override
  public void visit(com.github.javaparser.ast.stmt.ForEachStmt n, Void arg) {
    n.getIterable().accept(this, arg);
    n.getVariable().accept(this, arg);
    n.getBody().accept(this, arg);
  }

  @Override
  public void visit(com.github.javaparser.ast.stmt.TryStmt n, Void arg) {
    n.getResources().forEach(e -> e.accept(this, arg));
    n.getTryBlock().accept(this, arg);
    n.getCatchClauses().forEach(c -> c.accept(this, arg));
    n.getFinallyBlock().ifPresent(b -> b.accept(this, arg));
  }

  @Override
  public void visit(com.github.javaparser.ast.stmt.IfStmt n, Void arg) {
    n.getCondition().accept(this, arg);
    n.getThenStmt().accept(this, arg);
    n.getElseStmt().ifPresent(e -> e.accept(this, arg));
  }

  /** {@code values = F.values();}: a local assigned later becomes (or stops being) an alias. */
  @Override
  public void visit(AssignExpr n, Void arg) {
    if (currentMember != null && n.getOperator() == AssignExpr.Operator.ASSIGN
        && n.getTarget() instanceof NameExpr target && isVariable(target.getNameAsString())) {
      n.getValue().accept(this, arg);
      String name = target.getNameAsString();
      HolderRef ref = resolveChain(n.getValue());
      if (ref != null) {
        currentMember.aliases.put(name, ref);
      } else {
        currentMember.aliases.remove(name);
      }
      currentMember.localInits.remove(name); // no longer a single known value
      return;
    }
    super.visit(n, arg);
  }

  // ---------------------------------------------------------------- new, calls, names

  @Override
  public void visit(ObjectCreationExpr n, Void arg) {
    if (currentMember != null) {
      out.add(new InstantiationFact(types.resolve(n.getType().getNameWithScope()), currentMember.member, location(n)));
    }
    n.getScope().ifPresent(s -> s.accept(this, arg));
    n.getArguments().forEach(a -> a.accept(this, arg));
    n.getAnonymousClassBody().ifPresent(body -> enterAnonymous(body, List.of(types.resolve(n.getType().getNameWithScope()))));
  }

  private void enterAnonymous(NodeList<BodyDeclaration<?>> body, List<String> supers) {
    ClassScope scope = new ClassScope(nextSyntheticName(), true, false, currentClass);
    scope.superTypes.addAll(supers);
    collectMembers(scope, body);
    ClassScope savedClass = currentClass;
    MemberScope savedMember = currentMember;
    currentClass = scope;
    currentMember = null;
    try {
      body.forEach(b -> b.accept(this, null));
    } finally {
      currentClass = savedClass;
      currentMember = savedMember;
    }
  }

  @Override
  public void visit(MethodCallExpr n, Void arg) {
    if (currentMember != null) {
      recordCall(n);
      if (n.getArguments().isEmpty()) {
        HolderRef ref = resolveGetter(n);
        if (ref != null) {
          emitUse(n, ref);
        }
      }
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(MethodReferenceExpr n, Void arg) {
    if (currentMember != null && n.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr te) {
      // `SEEN::add` parses with a type as its scope: it may name a field.
      String text = te.getType().asString();
      int dot = text.lastIndexOf('.');
      HolderRef ref = null;
      if (dot < 0 && !looksLikeTypeName(text)) {
        ref = resolveName(text);
      } else if (dot > 0 && !looksLikeTypeName(text.substring(dot + 1))) {
        ref = ownerField(types.resolve(text.substring(0, dot)), text.substring(dot + 1));
      }
      if (ref != null) {
        UseFact use = new UseFact("", List.of(n.getIdentifier()), -1, Access.METHOD_REFERENCE, null, location(n),
            currentMember.member, false, false);
        addUse(use, ref);
      }
    }
    if (currentMember != null && isThisOrOwnType(n.getScope())) {
      ClassScope target = classDeclaringMethod(n.getIdentifier());
      if (target != null) {
        out.add(new CallFact(currentMember.member, target.name, n.getIdentifier()));
      }
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(NameExpr n, Void arg) {
    if (currentMember != null && !isQualifier(n)) {
      HolderRef ref = resolveName(n.getNameAsString());
      if (ref != null) {
        emitUse(n, ref);
      }
    }
  }

  @Override
  public void visit(FieldAccessExpr n, Void arg) {
    if (currentMember != null && !isQualifier(n)) {
      HolderRef ref = resolveFieldAccess(n);
      if (ref != null) {
        emitUse(n, ref);
        return;
      }
    }
    super.visit(n, arg);
  }

  /** {@code a} in {@code a.b}: the outer field access decides what it means. */
  private static boolean isQualifier(Expression e) {
    return e.getParentNode().orElse(null) instanceof FieldAccessExpr fa && fa.getScope() == e;
  }

  private void recordCall(MethodCallExpr n) {
    if (n.getScope().isPresent() && !isThisOrOwnType(n.getScope().get())) {
      return;
    }
    ClassScope target = classDeclaringMethod(n.getNameAsString());
    if (target != null) {
      out.add(new CallFact(currentMember.member, target.name, n.getNameAsString()));
    }
  }

  private boolean isThisOrOwnType(Expression scope) {
    Expression s = ExprShapes.strip(scope);
    if (s instanceof ThisExpr) {
      return true;
    }
    if (s instanceof com.github.javaparser.ast.expr.TypeExpr te) {
      String t = te.getType().asString();
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (!c.synthetic && (c.name.equals(t) || c.name.endsWith("." + t))) {
          return true;
        }
      }
      return false;
    }
    if (s instanceof NameExpr name && !isVariable(name.getNameAsString())) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (!c.synthetic && c.name.endsWith("." + name.getNameAsString()) || c.name.equals(name.getNameAsString())) {
          return true;
        }
      }
    }
    return false;
  }

  private ClassScope classDeclaringMethod(String method) {
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (c.methods.contains(method)) {
        return c;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- holder resolution

  /** What an expression refers to when it starts a chain at a holder; null when it does not. */
  private record HolderRef(String holderId, PendingUse pendingTemplate, List<String> prefix, Access access) {
    HolderRef withAccess(Access a) {
      return new HolderRef(holderId, pendingTemplate, prefix, a);
    }
  }

  private static HolderRef resolved(String id) {
    return new HolderRef(id, null, List.of(), Access.DIRECT);
  }

  private static HolderRef pendingRef(PendingUse.Kind kind, List<String> owners, String member, boolean inherited) {
    return new HolderRef(null, new PendingUse(null, kind, owners, member, inherited), List.of(), Access.DIRECT);
  }

  boolean isVariable(String name) {
    return currentMember != null && currentMember.locals.contains(name);
  }

  boolean isField(String name) {
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (c.fieldTypes.containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  Expression localInitializer(String name) {
    return currentMember == null ? null : currentMember.localInits.get(name);
  }

  private HolderRef resolveName(String name) {
    if (isVariable(name)) {
      HolderRef alias = currentMember.aliases.get(name);
      return alias == null ? null : alias.withAccess(Access.ALIAS);
    }
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (c.fieldTypes.containsKey(name)) {
        return c.synthetic ? null : resolved(HolderFact.id(c.name, name));
      }
    }
    String owner = types.staticImportOwner(name);
    if (owner != null) {
      return pendingRef(PendingUse.Kind.FIELD, types.candidates(owner), name, true);
    }
    if (looksLikeTypeName(name)) {
      return null;
    }
    List<String> owners = new ArrayList<>();
    for (String t : types.staticOnDemandTypes()) {
      owners.addAll(types.candidates(t));
    }
    boolean inherited = false;
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (!c.superTypes.isEmpty()) {
        owners.add(c.name);
        inherited = true;
      }
    }
    return owners.isEmpty() ? null : pendingRef(PendingUse.Kind.FIELD, owners, name, inherited);
  }

  private HolderRef resolveFieldAccess(FieldAccessExpr fa) {
    String name = fa.getNameAsString();
    Expression scope = ExprShapes.strip(fa.getScope());
    if (scope instanceof ThisExpr t) {
      ClassScope c = currentClass;
      if (t.getTypeName().isPresent()) {
        String simple = t.getTypeName().get().getIdentifier();
        while (c != null && !(c.name.equals(simple) || c.name.endsWith("." + simple))) {
          c = c.outer;
        }
      }
      if (c == null || c.synthetic) {
        return null;
      }
      if (c.fieldTypes.containsKey(name)) {
        return resolved(HolderFact.id(c.name, name));
      }
      return c.superTypes.isEmpty() ? null : pendingRef(PendingUse.Kind.FIELD, List.of(c.name), name, true);
    }
    if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) {
      return null;
    }
    // A field of a field: ResultCache.INSTANCE.results, INSTANCE.results.
    String scopeType = fieldTypeOf(scope);
    if (scopeType != null) {
      return ownerField(scopeType, name);
    }
    String text = scope.toString();
    if (!looksLikeTypeReference(scope)) {
      return null;
    }
    String qualified = types.resolve(text);
    return ownerField(qualified, name);
  }

  private HolderRef ownerField(String ownerType, String field) {
    Map<String, String> here = fieldTypesByClass.get(ownerType);
    if (here != null && here.containsKey(field)) {
      return resolved(HolderFact.id(ownerType, field));
    }
    return pendingRef(PendingUse.Kind.FIELD, types.candidates(ownerType), field, true);
  }

  /** The declared type of a field an expression names, if it is a field this file declares. */
  private String fieldTypeOf(Expression e) {
    if (e instanceof NameExpr n && !isVariable(n.getNameAsString())) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        String t = c.fieldTypes.get(n.getNameAsString());
        if (t != null) {
          return t;
        }
      }
      return null;
    }
    if (e instanceof FieldAccessExpr fa && looksLikeTypeReference(fa.getScope())) {
      Map<String, String> fields = fieldTypesByClass.get(types.resolve(fa.getScope().toString()));
      return fields == null ? null : fields.get(fa.getNameAsString());
    }
    return null;
  }

  private HolderRef resolveGetter(MethodCallExpr n) {
    String method = n.getNameAsString();
    if (n.getScope().isEmpty() || ExprShapes.strip(n.getScope().get()) instanceof ThisExpr) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        String field = c.getterFields.get(method);
        if (field != null && !c.synthetic) {
          return resolved(HolderFact.id(c.name, field)).withAccess(Access.GETTER);
        }
        if (c.methods.contains(method)) {
          return null;
        }
      }
      if (n.getScope().isEmpty() && continuesChain(n)) {
        String owner = types.staticImportOwner(method);
        if (owner != null) {
          return pendingRef(PendingUse.Kind.GETTER, types.candidates(owner), method, false).withAccess(Access.GETTER);
        }
      }
      return null;
    }
    Expression scope = ExprShapes.strip(n.getScope().get());
    if (continuesChain(n) && (scope instanceof NameExpr || scope instanceof FieldAccessExpr) && looksLikeTypeReference(scope)) {
      String owner = types.resolve(scope.toString());
      return pendingRef(PendingUse.Kind.GETTER, types.candidates(owner), method, false).withAccess(Access.GETTER);
    }
    return null;
  }

  private static boolean continuesChain(MethodCallExpr n) {
    Node parent = n.getParentNode().orElse(null);
    return parent instanceof MethodCallExpr outer && outer.getScope().orElse(null) == n
        || parent instanceof MethodReferenceExpr;
  }

  /** The holder a chain of view and element calls starts from, for aliases: {@code F.entrySet().iterator()}. */
  private HolderRef resolveChain(Expression init) {
    List<String> calls = new ArrayList<>();
    Expression e = ExprShapes.strip(init);
    while (e instanceof MethodCallExpr mc && mc.getScope().isPresent()) {
      HolderRef getter = mc.getArguments().isEmpty() ? resolveGetterQuietly(mc) : null;
      if (getter != null) {
        return prefixed(getter, calls);
      }
      calls.add(0, mc.getNameAsString());
      e = ExprShapes.strip(mc.getScope().get());
    }
    HolderRef base = null;
    if (e instanceof NameExpr n) {
      base = resolveName(n.getNameAsString());
    } else if (e instanceof FieldAccessExpr fa) {
      base = resolveFieldAccess(fa);
    } else if (e instanceof MethodCallExpr mc && mc.getArguments().isEmpty()) {
      base = resolveGetterQuietly(mc);
    }
    return base == null ? null : prefixed(base, calls);
  }

  private HolderRef resolveGetterQuietly(MethodCallExpr mc) {
    if (mc.getScope().isEmpty() || ExprShapes.strip(mc.getScope().get()) instanceof ThisExpr) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        String field = c.getterFields.get(mc.getNameAsString());
        if (field != null && !c.synthetic) {
          return resolved(HolderFact.id(c.name, field));
        }
      }
    }
    return null;
  }

  private static HolderRef prefixed(HolderRef base, List<String> calls) {
    List<String> prefix = new ArrayList<>(base.prefix());
    prefix.addAll(calls);
    return new HolderRef(base.holderId(), base.pendingTemplate(), prefix, base.access());
  }

  boolean looksLikeTypeReference(Expression scope) {
    Expression s = ExprShapes.strip(scope);
    if (s instanceof NameExpr n) {
      String name = n.getNameAsString();
      if (isVariable(name) || isField(name)) {
        return false;
      }
      return types.isDeclaredHere(name) || looksLikeTypeName(name) || !types.resolve(name).equals(name);
    }
    if (s instanceof FieldAccessExpr fa) {
      Expression left = fa;
      while (left instanceof FieldAccessExpr f) {
        left = f.getScope();
      }
      if (!(left instanceof NameExpr leftName) || isVariable(leftName.getNameAsString()) || isField(leftName.getNameAsString())) {
        return false;
      }
      return looksLikeTypeName(fa.getNameAsString());
    }
    return false;
  }

  /** {@code HashMap}, {@code Registry}: upper camel case with a lower-case letter (not a CONSTANT). */
  static boolean looksLikeTypeName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (Character.isLowerCase(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- uses

  private void emitUse(Expression start, HolderRef ref) {
    List<String> calls = new ArrayList<>(ref.prefix());
    int prefixSize = calls.size();
    Node cur = start;
    MethodCallExpr last = null;
    boolean fromParameter = false;
    Node parent = cur.getParentNode().orElse(null);
    while (parent != null) {
      if (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr || parent instanceof com.github.javaparser.ast.expr.CastExpr) {
        cur = parent;
      } else if (parent instanceof MethodCallExpr mc && mc.getScope().orElse(null) == cur) {
        calls.add(mc.getNameAsString());
        fromParameter |= mc.getArguments().stream().anyMatch(this::mentionsParameter);
        last = mc;
        cur = mc;
      } else {
        break;
      }
      parent = cur.getParentNode().orElse(null);
    }
    Location at = location(start);
    Member in = currentMember.member;
    UseFact use;
    if (calls.size() == prefixSize) {
      if (parent instanceof MethodReferenceExpr mr && mr.getScope() == cur) {
        calls.add(mr.getIdentifier());
        use = new UseFact("", calls, -1, Access.METHOD_REFERENCE, null, at, in, false, false);
      } else if (parent instanceof AssignExpr a && a.getTarget() == cur && a.getOperator() == AssignExpr.Operator.ASSIGN
          && ref.access() == Access.DIRECT && prefixSize == 0) {
        use = new UseFact("", List.of(), 0, Access.DIRECT, shapes.shape(a.getValue()), at, in, false, false);
      } else {
        return; // read, passed on or returned: no call on it here
      }
    } else {
      boolean compared = parent instanceof BinaryExpr b && isComparison(b.getOperator()) || isCondition(cur);
      use = new UseFact("", calls, last.getArguments().size(), ref.access(), null, at, in, compared, fromParameter);
    }
    addUse(use, ref);
  }

  private void addUse(UseFact use, HolderRef ref) {
    if (ref.holderId() != null) {
      out.add(withHolder(use, ref.holderId()));
    } else {
      PendingUse t = ref.pendingTemplate();
      pending.add(new PendingUse(use, t.kind(), t.ownerCandidates(), t.member(), t.inherited()));
    }
  }

  static UseFact withHolder(UseFact u, String holder) {
    return new UseFact(holder, u.calls(), u.arity(), u.access(), u.assigned(), u.location(), u.enclosing(),
        u.comparedInCondition(), u.argumentFromParameter());
  }

  /** Whether {@code e}, possibly negated, is the condition of an if, a while or a conditional. */
  private static boolean isCondition(Node e) {
    Node cur = e;
    Node parent = cur.getParentNode().orElse(null);
    while (parent instanceof com.github.javaparser.ast.expr.UnaryExpr u
        && u.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT
        || parent instanceof com.github.javaparser.ast.expr.EnclosedExpr) {
      cur = parent;
      parent = cur.getParentNode().orElse(null);
    }
    return parent instanceof com.github.javaparser.ast.stmt.IfStmt i && i.getCondition() == cur
        || parent instanceof com.github.javaparser.ast.stmt.WhileStmt w && w.getCondition() == cur
        || parent instanceof com.github.javaparser.ast.expr.ConditionalExpr c && c.getCondition() == cur;
  }

  private static boolean isComparison(BinaryExpr.Operator op) {
    return switch (op) {
      case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, EQUALS, NOT_EQUALS -> true;
      default -> false;
    };
  }

  private boolean mentionsParameter(Expression e) {
    if (currentMember == null || currentMember.params.isEmpty()) {
      return false;
    }
    if (e instanceof NameExpr n) {
      return currentMember.params.contains(n.getNameAsString());
    }
    for (NameExpr n : e.findAll(NameExpr.class)) {
      if (currentMember.params.contains(n.getNameAsString())) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- helpers

  private List<AnnotationFact> annotations(NodeList<AnnotationExpr> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<AnnotationFact> result = new ArrayList<>(list.size());
    for (AnnotationExpr a : list) {
      result.add(shapes.annotation(a));
    }
    return result;
  }

  /** {@code @SuppressWarnings} keys on the field and every enclosing declaration. */
  private Set<String> suppressions(FieldDeclaration n) {
    Set<String> keys = new LinkedHashSet<>();
    Node cursor = n;
    while (cursor != null) {
      if (cursor instanceof com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr a : annotated.getAnnotations()) {
          String name = a.getNameAsString();
          if (name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings")) {
            keys.addAll(shapes.annotation(a).value("value"));
          }
        }
      }
      cursor = cursor.getParentNode().orElse(null);
    }
    return keys;
  }

  private static int firstLine(Node n) {
    return n.getBegin().map(p -> p.line).orElse(1);
  }

  private Location location(Node n) {
    Position p = n.getBegin().orElse(new Position(1, 1));
    return new Location(file, p.line, p.column);
  }

  boolean isEnumHere(String qualified) {
    return enumsHere.contains(qualified);
  }

  /** For {@link ExprShapes}: whether a name in a type position is a class of this file. */
  boolean isClassType(ClassOrInterfaceType t) {
    return types.isDeclaredHere(t.getNameWithScope());
  }
}
