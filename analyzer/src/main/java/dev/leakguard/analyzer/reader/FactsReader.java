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
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.Visibility;
import dev.leakguard.core.source.ImportScope;
import dev.leakguard.core.source.SourceComments;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import dev.leakguard.core.model.ReturnFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
  private final ImportScope types;
  private final SourceComments comments;
  private final ExprShapes shapes;
  private final Facts.Builder out = Facts.builder();
  /** Each local definition's declared type, so that a reassignment keeps it. */
  private final Map<String, dev.leakguard.core.model.TypeRef> localTypes = new HashMap<>();
  /** Field names of every named class in this file, by qualified name. */
  private final Map<String, Map<String, String>> fieldTypesByClass = new HashMap<>();
  private final Set<String> enumsHere = new HashSet<>();

  private ClassScope currentClass;
  private MemberScope currentMember;
  private int syntheticCounter;

  private FactsReader(String file, CompilationUnit cu, String source, Catalog catalog) {
    this.file = file;
    this.types = importScope(cu, catalog);
    this.comments = SourceComments.of(source);
    this.shapes = new ExprShapes(types, this);
  }

  /**
   * Reads a parsed file. {@code source} is its text: core finds the comments that document a
   * field in it ({@link SourceComments}), not JavaParser's attribution.
   */
  public static FileFacts read(String file, CompilationUnit cu, String source, Catalog catalog) {
    FactsReader r = new FactsReader(file, cu, source, catalog);
    r.declareTypes(cu.getTypes(), "");
    cu.getTypes().forEach(t -> t.accept(r, null));
    return new FileFacts(file, r.out.build());
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
    final Set<String> methods = new HashSet<>();
    final List<String> superTypes = new ArrayList<>();

    ClassScope(String name, boolean synthetic, boolean isInterface, ClassScope outer) {
      this.name = name;
      this.synthetic = synthetic;
      this.isInterface = isInterface;
      this.outer = outer;
    }
  }

  /** The code a member runs: its locals in scope, each bound to the definition that reaches here. */
  private static final class MemberScope {
    final Member member;
    Map<String, String> locals = new HashMap<>();

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
      out.add(classFact(n, name, kind, supers));
    }
    ClassScope savedClass = currentClass;
    MemberScope savedMember = currentMember;
    currentClass = scope;
    if (!local) {
      currentMember = null; // a local class still sees the locals around it
    }
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
      }
    }
  }

  private ClassFact classFact(TypeDeclaration<?> n, String name, ClassKind kind, List<String> supers) {
    ClassFact.ConstructorVisibility ctors;
    if (kind == ClassKind.ENUM) {
      ctors = ClassFact.ConstructorVisibility.ALL_PRIVATE;
    } else {
      List<ConstructorDeclaration> cs = n.getConstructors();
      List<com.github.javaparser.ast.nodeTypes.modifiers.NodeWithAccessModifiers<?>> all = new ArrayList<>(cs);
      if (n instanceof RecordDeclaration r) {
        all.addAll(r.getCompactConstructors());
      }
      if (all.isEmpty()) {
        ctors = n.isPublic() ? ClassFact.ConstructorVisibility.IMPLICIT_PUBLIC : ClassFact.ConstructorVisibility.IMPLICIT;
      } else if (all.stream().anyMatch(c -> c.isPublic())) {
        ctors = ClassFact.ConstructorVisibility.SOME_PUBLIC;
      } else {
        ctors = all.stream().allMatch(c -> c.isPrivate())
            ? ClassFact.ConstructorVisibility.ALL_PRIVATE : ClassFact.ConstructorVisibility.SOME_NON_PRIVATE;
      }
    }
    Set<String> methods = new HashSet<>();
    for (BodyDeclaration<?> m : n.getMembers()) {
      if (m instanceof MethodDeclaration md) {
        methods.add(md.getNameAsString());
      }
    }
    String outer = currentClass != null && !currentClass.synthetic ? currentClass.name : null;
    return new ClassFact(name, kind, outer, annotations(n.getAnnotations()), supers, ctors, methods,
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
            annotations(n.getAnnotations()), comments.attachedTo(firstLine(n), n.getEnd().map(p -> p.line).orElse(firstLine(n))), Set.of()));
      }
      if (v.getInitializer().isPresent()) {
        MemberKind kind = isStatic ? MemberKind.STATIC_FIELD_INITIALIZER : MemberKind.INSTANCE_FIELD_INITIALIZER;
        inMember(new Member(currentClass.name, v.getNameAsString(), kind), () -> v.getInitializer().get().accept(this, null));
      }
    }
  }

  @Override
  public void visit(EnumConstantDeclaration n, Void arg) {
    if (!currentClass.synthetic) {
      // An enum constant is a static final field of the enum's type (calls on it reach its getters).
      out.add(new HolderFact(currentClass.name, n.getNameAsString(), location(n.getName()),
          dev.leakguard.core.model.TypeRef.of(currentClass.name), true, false, null, List.of(), "", Set.of()));
    }
    inMember(new Member(currentClass.name, n.getNameAsString(), MemberKind.STATIC_FIELD_INITIALIZER),
        () -> n.getArguments().forEach(a -> a.accept(this, null)));
    if (!n.getClassBody().isEmpty()) {
      enterAnonymous(n.getClassBody(), List.of(currentClass.name));
    }
  }

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    Member m = new Member(currentClass.name, n.getNameAsString(), MemberKind.METHOD);
    out.add(new MethodFact(m, visibility(n), annotations(n.getAnnotations())));
    inMember(m, () -> {
      n.getParameters().forEach(this::addParameter);
      recordParameters(n.getNameAsString(), n.getParameters());
      n.getBody().ifPresent(b -> {
        recordReturn(n, b);
        b.accept(this, null);
      });
    });
  }

  /** The file's package, imports and (as the walk declares them) classes: core's import-based resolution. */
  private static ImportScope importScope(CompilationUnit cu, Catalog catalog) {
    ImportScope scope = new ImportScope(cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""),
        catalog::knowsTypeName);
    for (com.github.javaparser.ast.ImportDeclaration i : cu.getImports()) {
      scope.addImport(i.getNameAsString(), i.isStatic(), i.isAsterisk());
    }
    return scope;
  }

  /**
   * Who may call a member: an interface's members and an anonymous or local class's methods (they
   * implement a supertype's) are public unless private.
   */
  private Visibility visibility(com.github.javaparser.ast.nodeTypes.modifiers.NodeWithAccessModifiers<?> n) {
    if (n.isPrivate()) {
      return Visibility.PRIVATE;
    }
    if (n.isPublic() || currentClass.isInterface || currentClass.synthetic) {
      return Visibility.PUBLIC;
    }
    return n.isProtected() ? Visibility.PROTECTED : Visibility.PACKAGE;
  }

  /** A method whose body is one {@code return} of a chain: core decides whether it is a getter. */
  private void recordReturn(MethodDeclaration n, com.github.javaparser.ast.stmt.BlockStmt body) {
    if (currentClass.synthetic || body.getStatements().size() != 1
        || !(body.getStatements().get(0) instanceof ReturnStmt ret) || ret.getExpression().isEmpty()) {
      return;
    }
    Chain chain = chainOf(ret.getExpression().get());
    if (chain != null) {
      out.add(new ReturnFact(currentClass.name, n.getNameAsString(), n.getParameters().size(), chain.start, chain.calls));
    }
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    Member m = new Member(currentClass.name, Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR);
    out.add(new MethodFact(m, visibility(n), annotations(n.getAnnotations())));
    inMember(m, () -> {
      n.getParameters().forEach(this::addParameter);
      recordParameters(Member.CONSTRUCTOR, n.getParameters());
      n.getBody().accept(this, null);
    });
  }

  @Override
  public void visit(com.github.javaparser.ast.body.CompactConstructorDeclaration n, Void arg) {
    Member m = new Member(currentClass.name, Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR);
    out.add(new MethodFact(m, visibility(n), annotations(n.getAnnotations())));
    RecordDeclaration record = n.findAncestor(RecordDeclaration.class).orElse(null);
    inMember(m, () -> {
      if (record != null) {
        record.getParameters().forEach(this::addParameter); // the record's components
      }
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
    if (saved != null) {
      currentMember.locals.putAll(saved.locals); // a local class sees the locals around it
    }
    try {
      body.run();
    } finally {
      currentMember = saved;
    }
  }

  private void addParameter(Parameter p) {
    String id = localId(p.getName(), p.getNameAsString());
    dev.leakguard.core.model.TypeRef type = declaredType(p.getType());
    if (type != null) {
      localTypes.put(id, type);
    }
    out.add(LocalFact.parameter(id, p.getNameAsString(), type));
    currentMember.locals.put(p.getNameAsString(), id);
  }

  /** The member's parameters in order, by the ids their definitions got: core summarises what it does to each. */
  private void recordParameters(String method, NodeList<Parameter> parameters) {
    if (currentClass.synthetic) {
      return;
    }
    List<String> ids = new ArrayList<>(parameters.size());
    for (Parameter p : parameters) {
      ids.add(currentMember.locals.get(p.getNameAsString()));
    }
    out.add(new dev.leakguard.core.model.ParametersFact(currentClass.name, method, ids));
  }

  /** A reference passed to a method of a named class: core applies what that method does to the parameter. */
  private void recordArguments(MethodCallExpr n) {
    if (n.getArguments().isEmpty() || !(returnedRef(n) instanceof Ref.Returned callee)) {
      return;
    }
    for (int i = 0; i < n.getArguments().size(); i++) {
      Expression a = ExprShapes.strip(n.getArgument(i));
      Ref ref = a instanceof NameExpr || a instanceof FieldAccessExpr ? referenceOf(a) : null;
      if (ref != null) {
        out.add(new dev.leakguard.core.model.ArgumentFact(ref, callee, i, location(n), currentMember.member,
            lambdaSite(n), guardsOf(n)));
      }
    }
  }

  /** A local's definition gets the id of the place that defines it: unique in the project. */
  private String localId(Node definedAt, String name) {
    Position p = definedAt.getBegin().orElse(new Position(0, 0));
    return file + "@" + p.line + ":" + p.column + "/" + name;
  }

  /** A written type, or null for {@code var} and an untyped lambda parameter. */
  private dev.leakguard.core.model.TypeRef declaredType(com.github.javaparser.ast.type.Type t) {
    return t == null || t.isUnknownType() || t.isVarType() ? null : shapes.typeRef(t);
  }

  private void defineLocal(Node at, String name, Expression value, com.github.javaparser.ast.type.Type written) {
    defineLocal(at, name, value, written, List.of());
  }

  /** ... with {@code alsoMentions}: what a for-each variable's elements come from. */
  private void defineLocal(Node at, String name, Expression value, com.github.javaparser.ast.type.Type written,
      List<String> alsoMentions) {
    String id = localId(at, name);
    dev.leakguard.core.model.TypeRef type = written != null ? declaredType(written)
        : localTypes.get(currentMember.locals.get(name)); // a reassignment keeps the declared type
    if (type != null) {
      localTypes.put(id, type);
    }
    Chain chain = value == null ? null : chainOf(value);
    List<String> mentions = new ArrayList<>();
    if (value != null) {
      mentions.addAll(mentions(value));
    }
    mentions.addAll(alsoMentions);
    out.add(new LocalFact(id, name, false, chain == null ? null : chain.start, chain == null ? List.of() : chain.calls,
        value == null ? null : shapes.shape(value), mentions, type));
    currentMember.locals.put(name, id);
  }

  // ---------------------------------------------------------------- locals and lambdas

  @Override
  public void visit(LambdaExpr n, Void arg) {
    if (currentMember == null) {
      super.visit(n, arg);
      return;
    }
    Map<String, String> saved = new HashMap<>(currentMember.locals);
    n.getParameters().forEach(this::addParameter);
    try {
      n.getBody().accept(this, arg);
    } finally {
      currentMember.locals = saved;
    }
  }

  @Override
  public void visit(Parameter n, Void arg) {
    if (currentMember != null) {
      defineLocal(n.getName(), n.getNameAsString(), null, n.getType()); // catch and other parameters
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(TypePatternExpr n, Void arg) {
    if (currentMember != null) {
      defineLocal(n.getName(), n.getNameAsString(), null, n.getType());
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(VariableDeclarator n, Void arg) {
    if (currentMember == null || !(n.getParentNode().orElse(null) instanceof VariableDeclarationExpr)) {
      super.visit(n, arg);
      return;
    }
    Expression init = n.getInitializer().orElse(null);
    if (init != null) {
      init.accept(this, arg); // the initializer cannot see the variable it initialises
    }
    // A for-each variable holds elements of what it iterates: input flows from there.
    List<String> elementsOf = n.getParentNode().flatMap(Node::getParentNode).orElse(null)
        instanceof com.github.javaparser.ast.stmt.ForEachStmt loop ? mentions(loop.getIterable()) : List.of();
    defineLocal(n.getName(), n.getNameAsString(), init, n.getType(), elementsOf);
  }

  // JavaParser's adapter visits some children out of source order (a for loop's body before its
  // initialization); locals are tracked in source order, so these go in order.

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
  public void visit(com.github.javaparser.ast.stmt.WhileStmt n, Void arg) {
    n.getCondition().accept(this, arg);
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

  /** {@code values = F.values();}: a local assigned later gets a new definition. */
  @Override
  public void visit(AssignExpr n, Void arg) {
    if (currentMember != null && n.getTarget() instanceof NameExpr target && isVariable(target.getNameAsString())) {
      n.getValue().accept(this, arg);
      String name = target.getNameAsString();
      if (n.getOperator() == AssignExpr.Operator.ASSIGN) {
        defineLocal(n, name, n.getValue(), null);
      } else {
        // x += y: the new value is made of the old one and y.
        String previous = currentMember.locals.get(name);
        String id = localId(n, name);
        List<String> mentions = new ArrayList<>(mentions(n.getValue()));
        mentions.add(previous);
        out.add(new LocalFact(id, name, false, null, List.of(), new dev.leakguard.core.model.Expr.Other("compound"), mentions,
            null));
        currentMember.locals.put(name, id);
      }
      return;
    }
    super.visit(n, arg);
  }

  // ---------------------------------------------------------------- new, calls, names

  @Override
  public void visit(ObjectCreationExpr n, Void arg) {
    if (currentMember != null) {
      out.add(new InstantiationFact(types.resolve(n.getType().getNameWithScope()), currentMember.member, location(n),
          lambdaSite(n)));
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
    try {
      body.forEach(b -> b.accept(this, null));
    } finally {
      currentClass = savedClass;
      currentMember = savedMember;
    }
  }

  @Override
  public void visit(MethodCallExpr n, Void arg) {
    out.invokes(n.getNameAsString());
    if (currentMember != null) {
      recordCall(n);
      recordArguments(n);
      if (continuesChain(n)) {
        Ref ref = returnedRef(n);
        if (ref != null) {
          emitUse(n, ref);
        }
      }
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(MethodReferenceExpr n, Void arg) {
    out.invokes(n.getIdentifier());
    if (currentMember != null && n.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr te) {
      // `SEEN::add` parses with a type as its scope: it may name a field.
      String text = te.getType().asString();
      int dot = text.lastIndexOf('.');
      Ref ref = null;
      if (dot < 0 && !looksLikeTypeName(text)) {
        ref = resolveName(text);
      } else if (dot > 0 && !looksLikeTypeName(text.substring(dot + 1))) {
        ref = ownerField(types.resolve(text.substring(0, dot)), text.substring(dot + 1));
      }
      if (ref != null) {
        out.add(new RefUse(ref, List.of(n.getIdentifier()), -1, true, null, location(n), currentMember.member, false,
            mentionsAround(n), lambdaSite(n), List.of(), guardsOf(n)));
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
      Ref ref = resolveName(n.getNameAsString());
      if (ref != null) {
        emitUse(n, ref);
      }
    }
  }

  @Override
  public void visit(FieldAccessExpr n, Void arg) {
    if (currentMember != null && !isQualifier(n)) {
      Ref ref = resolveFieldAccess(n);
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
      out.add(new CallFact(currentMember.member, target.name, n.getNameAsString(), guardsOf(n)));
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

  // ---------------------------------------------------------------- references

  boolean isVariable(String name) {
    return currentMember != null && currentMember.locals.containsKey(name);
  }

  boolean isField(String name) {
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (c.fieldTypes.containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  /** The definition a local name refers to here, or null when it is not a local. */
  String localIdOf(String name) {
    return currentMember == null ? null : currentMember.locals.get(name);
  }

  /** What a simple name refers to: a local, a field of an enclosing class, or a field to look up. */
  private Ref resolveName(String name) {
    if (isVariable(name)) {
      return new Ref.Local(currentMember.locals.get(name));
    }
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (c.fieldTypes.containsKey(name)) {
        return c.synthetic ? null : Ref.Field.declaredIn(c.name, name);
      }
    }
    String owner = types.staticImportOwner(name);
    if (owner != null) {
      return new Ref.Field(types.candidates(owner), name, true);
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
    return owners.isEmpty() ? null : new Ref.Field(owners, name, inherited);
  }

  private Ref resolveFieldAccess(FieldAccessExpr fa) {
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
        return Ref.Field.declaredIn(c.name, name);
      }
      return c.superTypes.isEmpty() ? null : new Ref.Field(List.of(c.name), name, true);
    }
    if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) {
      return null;
    }
    if (scope instanceof NameExpr local && isVariable(local.getNameAsString())) {
      // A field of an object a local holds, by the local's declared type: t.cache in a loop over T.values().
      dev.leakguard.core.model.TypeRef type = localTypes.get(currentMember.locals.get(local.getNameAsString()));
      return type == null ? null : new Ref.Field(types.candidates(type.name()), name, true);
    }
    // A field of a field: ResultCache.INSTANCE.results, INSTANCE.results.
    String scopeType = fieldTypeOf(scope);
    if (scopeType != null) {
      return ownerField(scopeType, name);
    }
    if (!looksLikeTypeReference(scope)) {
      return null;
    }
    return ownerField(types.resolve(scope.toString()), name);
  }

  private Ref ownerField(String ownerType, String field) {
    Map<String, String> here = fieldTypesByClass.get(ownerType);
    if (here != null && here.containsKey(field)) {
      return Ref.Field.declaredIn(ownerType, field);
    }
    return new Ref.Field(types.candidates(ownerType), field, true);
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

  /**
   * What a call of a method returns, when the call names its class: unqualified or on
   * {@code this} (the enclosing class declaring it, or a statically imported method), or on a
   * type ({@code Registry.services()}). Calls on a value are chains: core follows getters there.
   */
  private Ref returnedRef(MethodCallExpr n) {
    String method = n.getNameAsString();
    int arity = n.getArguments().size();
    if (n.getScope().isEmpty() || ExprShapes.strip(n.getScope().get()) instanceof ThisExpr) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (c.methods.contains(method)) {
          return c.synthetic ? null : new Ref.Returned(List.of(c.name), method, arity, false);
        }
      }
      if (n.getScope().isEmpty()) {
        String owner = types.staticImportOwner(method);
        if (owner != null) {
          return new Ref.Returned(types.candidates(owner), method, arity, false);
        }
      }
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (!c.synthetic && !c.superTypes.isEmpty()) {
          return new Ref.Returned(List.of(c.name), method, arity, true); // an inherited getter
        }
      }
      return null;
    }
    Expression scope = ExprShapes.strip(n.getScope().get());
    if ((scope instanceof NameExpr || scope instanceof FieldAccessExpr) && looksLikeTypeReference(scope)) {
      return new Ref.Returned(types.candidates(types.resolve(scope.toString())), method, arity, false);
    }
    return null;
  }

  private static boolean continuesChain(MethodCallExpr n) {
    Node cur = outermostParenthesized(n);
    Node parent = cur.getParentNode().orElse(null);
    return parent instanceof MethodCallExpr outer && outer.getScope().orElse(null) == cur
        || parent instanceof MethodReferenceExpr;
  }

  /** {@code n}, or the outermost parentheses or cast around it. */
  private static Node outermostParenthesized(Node n) {
    Node cur = n;
    Node parent = cur.getParentNode().orElse(null);
    while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr || parent instanceof com.github.javaparser.ast.expr.CastExpr) {
      cur = parent;
      parent = cur.getParentNode().orElse(null);
    }
    return cur;
  }

  /** A chain of calls from a reference: {@code F}, {@code F.entrySet().iterator()}, {@code registry()}. */
  private record Chain(Ref start, List<String> calls) {}

  private Chain chainOf(Expression value) {
    Expression e = ExprShapes.strip(value);
    if (e instanceof MethodCallExpr mc) {
      Ref returned = returnedRef(mc);
      if (returned != null) {
        return new Chain(returned, List.of());
      }
      if (mc.getScope().isEmpty()) {
        return null;
      }
      Chain scope = chainOf(mc.getScope().get());
      if (scope == null) {
        return null;
      }
      List<String> calls = new ArrayList<>(scope.calls());
      calls.add(mc.getNameAsString());
      return new Chain(scope.start(), calls);
    }
    Ref ref = null;
    if (e instanceof NameExpr n) {
      ref = resolveName(n.getNameAsString());
    } else if (e instanceof FieldAccessExpr fa) {
      ref = resolveFieldAccess(fa);
    }
    return ref == null ? null : new Chain(ref, List.of());
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

  /** Records the chain of calls (or the assignment, or the method reference) that starts at {@code start}. */
  private void emitUse(Expression start, Ref ref) {
    List<String> calls = new ArrayList<>();
    List<List<dev.leakguard.core.model.Expr>> callArguments = new ArrayList<>();
    List<String> argumentMentions = new ArrayList<>();
    Node cur = start;
    MethodCallExpr last = null;
    Node parent = cur.getParentNode().orElse(null);
    while (parent != null) {
      if (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr || parent instanceof com.github.javaparser.ast.expr.CastExpr) {
        cur = parent;
      } else if (parent instanceof MethodCallExpr mc && mc.getScope().orElse(null) == cur) {
        calls.add(mc.getNameAsString());
        callArguments.add(shapes.arguments(mc.getArguments()));
        mc.getArguments().forEach(a -> argumentMentions.addAll(mentions(a)));
        last = mc;
        cur = mc;
      } else {
        break;
      }
      parent = cur.getParentNode().orElse(null);
    }
    Location at = location(start);
    Member in = currentMember.member;
    if (last == null) {
      if (parent instanceof MethodReferenceExpr mr && mr.getScope() == cur) {
        out.add(new RefUse(ref, List.of(mr.getIdentifier()), -1, true, null, at, in, false, List.of(), lambdaSite(mr),
            List.of(), guardsOf(start)));
      } else if (parent instanceof AssignExpr a && a.getTarget() == cur && a.getOperator() == AssignExpr.Operator.ASSIGN) {
        out.add(new RefUse(ref, List.of(), 0, false, shapes.shape(a.getValue()), at, in, false, List.of(), lambdaSite(a),
            List.of(), guardsOf(start)));
      }
      return; // otherwise read, passed on or returned: no call on it here
    }
    if (parent instanceof MethodReferenceExpr mr && mr.getScope() == cur) {
      calls.add(mr.getIdentifier());
      out.add(new RefUse(ref, calls, -1, true, null, at, in, false, argumentMentions, lambdaSite(mr), callArguments,
          guardsOf(start)));
      return;
    }
    boolean compared = parent instanceof BinaryExpr b && isComparison(b.getOperator()) || isCondition(cur);
    out.add(new RefUse(ref, calls, last.getArguments().size(), false, null, at, in, compared, argumentMentions,
        lambdaSite(start), callArguments, guardsOf(start)));
  }

  /**
   * Whether code sits in a lambda or method reference, and where that is written: passed straight
   * to a call (it runs there) or kept for later (it runs when called).
   */
  private static LambdaSite lambdaSite(Node n) {
    LambdaSite site = LambdaSite.NONE;
    for (Node cur = n; cur != null && !(cur instanceof BodyDeclaration<?>); cur = cur.getParentNode().orElse(null)) {
      if (cur instanceof LambdaExpr || cur instanceof MethodReferenceExpr) {
        if (!isCallArgument(cur)) {
          return LambdaSite.STORED;
        }
        site = LambdaSite.ARGUMENT;
      }
    }
    return site;
  }

  private static boolean isCallArgument(Node fn) {
    Node arg = outermostParenthesized(fn);
    Node parent = arg.getParentNode().orElse(null);
    return parent instanceof MethodCallExpr mc && mc.getArguments().stream().anyMatch(a -> a == arg)
        || parent instanceof ObjectCreationExpr oc && oc.getArguments().stream().anyMatch(a -> a == arg)
        || parent instanceof com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
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

  /**
   * The conditions code runs under within its member, innermost first: the then-branch of an
   * {@code if} gives each operand of its {@code &&} condition; the else-branch gives a single
   * condition, inverted.
   */
  private List<dev.leakguard.core.model.Guard> guardsOf(Node n) {
    List<dev.leakguard.core.model.Guard> guards = new ArrayList<>();
    Node cur = n;
    for (Node parent = cur.getParentNode().orElse(null); parent != null && !(parent instanceof BodyDeclaration<?>);
        cur = parent, parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof com.github.javaparser.ast.stmt.AssertStmt) {
        guards.add(dev.leakguard.core.model.Guard.assertion());
      }
      if (parent instanceof com.github.javaparser.ast.stmt.IfStmt i) {
        boolean inThen = i.getThenStmt() == cur;
        boolean inElse = i.getElseStmt().orElse(null) == cur;
        if (inThen) {
          for (Expression operand : conjuncts(i.getCondition())) {
            addGuard(guards, operand, false);
          }
        } else if (inElse && conjuncts(i.getCondition()).size() == 1) {
          addGuard(guards, i.getCondition(), true);
        }
      }
    }
    return guards;
  }

  private static List<Expression> conjuncts(Expression condition) {
    Expression c = ExprShapes.strip(condition);
    if (c instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
      List<Expression> all = new ArrayList<>(conjuncts(b.getLeft()));
      all.addAll(conjuncts(b.getRight()));
      return all;
    }
    return List.of(c);
  }

  /** {@code x == null}, {@code x != null}, {@code flag}, {@code !flag} on a reference; anything else says nothing. */
  private void addGuard(List<dev.leakguard.core.model.Guard> guards, Expression condition, boolean inverted) {
    Expression c = ExprShapes.strip(condition);
    boolean negated = inverted;
    while (c instanceof com.github.javaparser.ast.expr.UnaryExpr u
        && u.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      negated = !negated;
      c = ExprShapes.strip(u.getExpression());
    }
    if (c instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
        || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
      Expression other = b.getLeft() instanceof com.github.javaparser.ast.expr.NullLiteralExpr ? b.getRight()
          : b.getRight() instanceof com.github.javaparser.ast.expr.NullLiteralExpr ? b.getLeft() : null;
      Ref ref = other == null ? null : referenceOf(other);
      if (ref != null) {
        boolean whenNull = (b.getOperator() == BinaryExpr.Operator.EQUALS) != negated;
        guards.add(new dev.leakguard.core.model.Guard(dev.leakguard.core.model.Guard.Kind.IS_NULL, ref, whenNull));
      }
      return;
    }
    Ref ref = referenceOf(c);
    if (ref != null) {
      guards.add(new dev.leakguard.core.model.Guard(dev.leakguard.core.model.Guard.Kind.FLAG, ref, !negated));
    }
  }

  private Ref referenceOf(Expression e) {
    Expression x = ExprShapes.strip(e);
    if (x instanceof NameExpr n) {
      return resolveName(n.getNameAsString());
    }
    return x instanceof FieldAccessExpr fa ? resolveFieldAccess(fa) : null;
  }

  /** The definitions of the locals and parameters an expression mentions. */
/**
   * Where a method reference passed to a call takes its arguments from: the call's receiver and its
   * other arguments ({@code items.forEach(SEEN::add)}: {@code items}).
   */
  private List<String> mentionsAround(Expression reference) {
    Node up = reference.getParentNode().orElse(null);
    Node arg = reference;
    while (up instanceof com.github.javaparser.ast.expr.EnclosedExpr || up instanceof com.github.javaparser.ast.expr.CastExpr) {
      arg = up;
      up = up.getParentNode().orElse(null);
    }
    Node passed = arg;
    if (!(up instanceof MethodCallExpr call) || call.getArguments().stream().noneMatch(a -> a == passed)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    call.getScope().ifPresent(scope -> out.addAll(mentions(scope)));
    for (Expression a : call.getArguments()) {
      if (a != arg) {
        out.addAll(mentions(a));
      }
    }
    return out;
  }

    private List<String> mentions(Expression e) {
    if (currentMember == null || currentMember.locals.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    if (e instanceof NameExpr n) {
      String id = currentMember.locals.get(n.getNameAsString());
      return id == null ? List.of() : List.of(id);
    }
    for (NameExpr n : e.findAll(NameExpr.class)) {
      String id = currentMember.locals.get(n.getNameAsString());
      if (id != null && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
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
