package dev.leakguard.core.syntax;

import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.ReturnFact;
import dev.leakguard.core.model.TypeRef;
import dev.leakguard.core.model.Visibility;
import dev.leakguard.core.source.ImportScope;
import dev.leakguard.core.source.SourceComments;
import dev.leakguard.core.syntax.Declaration.ConstructorDecl;
import dev.leakguard.core.syntax.Declaration.EnumConstant;
import dev.leakguard.core.syntax.Declaration.FieldDecl;
import dev.leakguard.core.syntax.Declaration.InitializerDecl;
import dev.leakguard.core.syntax.Declaration.MethodDecl;
import dev.leakguard.core.syntax.Declaration.TypeDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one file's syntax tree into core facts (core/README.md, "Writing a reader"): the one
 * walk every front end shares, so that each reader only copies its engine's tree
 * ({@link SyntaxFile}). It states what the code says and decides nothing: which collections are
 * unbounded and which calls grow them is the judge's business. This class reads declarations;
 * {@link CodeWalker} reads the code in them. Not thread-safe: one per file.
 */
public final class FactsExtractor {
  private static final Catalog DEFAULT_CATALOG = Catalog.buildDefault();
  final String file;
  final Facts.Builder out = Facts.builder();
  final ImportScope types;
  final Resolver resolver;
  final Shapes shapes;
  final Ancestry path = new Ancestry();
  final GuardReader guards;
  private final SourceComments comments;
  private final CodeWalker code;
  private int syntheticCounter;

  private FactsExtractor(SyntaxFile source, Catalog catalog) {
    this.file = source.path();
    this.types = new ImportScope(source.packageName(), catalog::knowsTypeName);
    source.imports().forEach(i -> types.addImport(i.name(), i.isStatic(), i.onDemand()));
    this.resolver = new Resolver(types);
    this.shapes = new Shapes(resolver);
    this.guards = new GuardReader(path, resolver);
    this.comments = SourceComments.of(source.text());
    this.code = new CodeWalker(this);
  }

  /**
   * The facts of a file a reader copies, with the default catalog (to resolve names from
   * on-demand imports to the types it knows): the copy and the walk run on a deep stack when the
   * file needs one ({@link DeepStack}).
   */
  public static Facts read(Supplier<SyntaxFile> copy) {
    return DeepStack.call(() -> extract(copy.get(), DEFAULT_CATALOG));
  }

  /** The facts of one file. */
  public static Facts extract(SyntaxFile source, Catalog catalog) {
    FactsExtractor x = new FactsExtractor(source, catalog);
    x.declareTypes(source.types(), "");
    source.types().forEach(x::visit);
    return x.out.build();
  }

  /** Visits a node with the path to it: declarations here, code in {@link CodeWalker}. */
  void visit(Syntax n) {
    if (n == null) {
      return;
    }
    path.push(n);
    try {
      if (n instanceof Declaration d) {
        declaration(d);
      } else {
        code.read(n);
      }
    } finally {
      path.pop();
    }
  }

  private void declaration(Declaration d) {
    if (d instanceof TypeDecl t) {
      type(t);
    } else if (d instanceof FieldDecl f) {
      field(f);
    } else if (d instanceof EnumConstant c) {
      enumConstant(c);
    } else if (d instanceof MethodDecl m) {
      method(m);
    } else if (d instanceof ConstructorDecl c) {
      constructor(c);
    } else if (d instanceof InitializerDecl i) {
      Member m = i.isStatic()
          ? new Member(resolver.currentClass.name, Member.STATIC_INIT, MemberKind.STATIC_INITIALIZER)
          : new Member(resolver.currentClass.name, Member.INSTANCE_INIT, MemberKind.INSTANCE_INITIALIZER);
      out.add(new MethodFact(m, true, List.of()));
      inMember(m, () -> visit(i.body()));
    }
  }

  // ---------------------------------------------------------------- classes

  private void declareTypes(List<? extends Declaration> members, String prefix) {
    for (Declaration m : members) {
      if (m instanceof TypeDecl t) {
        String typePath = prefix.isEmpty() ? t.name() : prefix + "." + t.name();
        types.declare(typePath);
        if (t.kind() == Declaration.TypeKind.ENUM) {
          shapes.enumsHere.add(types.qualify(typePath));
        }
        declareTypes(t.members(), typePath);
      }
    }
  }

  private void type(TypeDecl n) {
    if (n.kind() == Declaration.TypeKind.ANNOTATION) {
      return; // annotation members hold no collections worth judging
    }
    ClassKind kind = switch (n.kind()) {
      case INTERFACE -> ClassKind.INTERFACE;
      case ENUM -> ClassKind.ENUM;
      case RECORD -> ClassKind.RECORD;
      default -> ClassKind.CLASS;
    };
    ClassScope outer = resolver.currentClass;
    boolean local = resolver.currentMember != null || (outer != null && outer.synthetic);
    String name = local ? nextSyntheticName() : qualifiedNameOf(n);
    // Once each, and not Object, which an engine's resolution lists among every class's supertypes.
    Set<String> resolved = new LinkedHashSet<>();
    n.superTypes().forEach(s -> resolved.add(types.resolve(s)));
    resolved.remove("java.lang.Object");
    List<String> supers = List.copyOf(resolved);
    ClassScope scope = new ClassScope(name, local, kind == ClassKind.INTERFACE, outer);
    scope.superTypes.addAll(supers);
    scope.collect(n.members(), resolver::resolveText);
    n.constants().forEach(c -> scope.fieldTypes.put(c.name(), name));
    if (!local) {
      resolver.fieldTypesByClass.put(name, scope.fieldTypes);
      out.add(classFact(n, name, kind, supers));
    }
    MemberScope savedMember = resolver.currentMember;
    resolver.currentClass = scope;
    if (!local) {
      resolver.currentMember = null; // a local class still sees the locals around it
    }
    try {
      n.constants().forEach(this::visit);
      for (Param component : n.components()) {
        if (resolver.currentMember != null) {
          code.defineLocal(component.namePos(), component.name(), null, component.type(), List.of());
        }
      }
      n.members().forEach(this::visit);
    } finally {
      resolver.currentClass = outer;
      resolver.currentMember = savedMember;
    }
  }

  /** The qualified name of a member class: the package and the classes around it (all in the path). */
  private String qualifiedNameOf(TypeDecl n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i <= path.top(); i++) {
      if (path.at(i) instanceof TypeDecl t) {
        names.add(t.name());
      }
    }
    return types.qualify(String.join(".", names));
  }

  String nextSyntheticName() {
    String outer = resolver.currentClass != null ? resolver.currentClass.name : types.qualify("$");
    return outer + "$" + (++syntheticCounter);
  }

  private ClassFact classFact(TypeDecl n, String name, ClassKind kind, List<String> supers) {
    Set<String> methods = new HashSet<>();
    List<ConstructorDecl> constructors = new ArrayList<>();
    for (Declaration m : n.members()) {
      if (m instanceof MethodDecl md) {
        methods.add(md.name());
      } else if (m instanceof ConstructorDecl c) {
        constructors.add(c);
      }
    }
    ClassFact.ConstructorVisibility ctors;
    if (kind == ClassKind.ENUM) {
      ctors = ClassFact.ConstructorVisibility.ALL_PRIVATE;
    } else if (constructors.isEmpty()) {
      ctors = n.modifiers().isPublic()
          ? ClassFact.ConstructorVisibility.IMPLICIT_PUBLIC : ClassFact.ConstructorVisibility.IMPLICIT;
    } else if (constructors.stream().anyMatch(c -> c.modifiers().isPublic())) {
      ctors = ClassFact.ConstructorVisibility.SOME_PUBLIC;
    } else {
      ctors = constructors.stream().allMatch(c -> c.modifiers().isPrivate())
          ? ClassFact.ConstructorVisibility.ALL_PRIVATE : ClassFact.ConstructorVisibility.SOME_NON_PRIVATE;
    }
    ClassScope outer = resolver.currentClass;
    Visibility declared = outer != null ? visibility(n.modifiers())
        : n.modifiers().isPublic() ? Visibility.PUBLIC : Visibility.PACKAGE;
    return new ClassFact(name, kind, outer != null && !outer.synthetic ? outer.name : null,
        shapes.annotations(n.annotations()), supers, ctors, methods, declared, location(n.namePos()));
  }

  /** An anonymous class body: {@code new T() {..}}, or an enum constant's. */
  void enterAnonymous(List<Declaration> body, List<String> supers) {
    ClassScope outer = resolver.currentClass;
    MemberScope savedMember = resolver.currentMember;
    ClassScope scope = new ClassScope(nextSyntheticName(), true, false, outer);
    scope.superTypes.addAll(supers);
    scope.collect(body, resolver::resolveText);
    resolver.currentClass = scope;
    try {
      body.forEach(this::visit);
    } finally {
      resolver.currentClass = outer;
      resolver.currentMember = savedMember;
    }
  }

  // ---------------------------------------------------------------- members

  private void field(FieldDecl n) {
    ClassScope owner = resolver.currentClass;
    boolean isStatic = n.modifiers().isStatic() || owner.isInterface;
    for (VarDecl v : n.variables()) {
      if (!owner.synthetic) {
        out.add(new HolderFact(owner.name, v.name(), location(v.namePos()), shapes.typeRef(v.type()), isStatic,
            n.modifiers().isPrivate(), v.init() == null ? null : shapes.shape(v.init()),
            shapes.annotations(n.annotations()), comments.attachedTo(n.firstLine(), n.lastLine()), Set.of()));
      }
      if (v.init() != null) {
        MemberKind kind = isStatic ? MemberKind.STATIC_FIELD_INITIALIZER : MemberKind.INSTANCE_FIELD_INITIALIZER;
        path.push(v);
        try {
          inMember(new Member(owner.name, v.name(), kind), () -> visit(v.init()));
        } finally {
          path.pop();
        }
      }
    }
  }

  private void enumConstant(EnumConstant n) {
    ClassScope owner = resolver.currentClass;
    if (!owner.synthetic) {
      // An enum constant is a static final field of the enum's type (calls on it reach its getters).
      out.add(new HolderFact(owner.name, n.name(), location(n.namePos()), TypeRef.of(owner.name), true, false, null,
          List.of(), "", Set.of()));
    }
    inMember(new Member(owner.name, n.name(), MemberKind.STATIC_FIELD_INITIALIZER), () -> n.args().forEach(this::visit));
    if (!n.body().isEmpty()) {
      enterAnonymous(n.body(), List.of(owner.name));
    }
  }

  private void method(MethodDecl n) {
    ClassScope owner = resolver.currentClass;
    Member m = new Member(owner.name, n.name(), MemberKind.METHOD);
    out.add(new MethodFact(m, visibility(n.modifiers()), shapes.annotations(n.annotations()), n.modifiers().isStatic()));
    inMember(m, () -> {
      n.params().forEach(this::addParameter);
      recordParameters(n.name(), n.params());
      if (n.body() != null) {
        recordReturn(n);
        visit(n.body());
      }
    });
  }

  private void constructor(ConstructorDecl n) {
    Member m = new Member(resolver.currentClass.name, Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR);
    out.add(new MethodFact(m, visibility(n.modifiers()), shapes.annotations(n.annotations())));
    inMember(m, () -> {
      if (n.compact()) {
        enclosingRecordComponents().forEach(this::addParameter);
      } else {
        n.params().forEach(this::addParameter);
        recordParameters(Member.CONSTRUCTOR, n.params());
      }
      visit(n.body());
    });
  }

  private List<Param> enclosingRecordComponents() {
    for (int i = path.top(); i >= 0; i--) {
      if (path.at(i) instanceof TypeDecl t && t.kind() == Declaration.TypeKind.RECORD) {
        return t.components();
      }
    }
    return List.of();
  }

  /**
   * Who may call a member: an interface's members and an anonymous or local class's methods (they
   * implement a supertype's) are public unless private.
   */
  private Visibility visibility(Modifiers m) {
    ClassScope owner = resolver.currentClass;
    if (m.isPrivate()) {
      return Visibility.PRIVATE;
    }
    if (m.isPublic() || owner.isInterface || owner.synthetic) {
      return Visibility.PUBLIC;
    }
    return m.isProtected() ? Visibility.PROTECTED : Visibility.PACKAGE;
  }

  /**
   * A method whose body is one {@code return} of a chain, or a lazy getter of a field (below): core
   * decides whether it is a getter.
   */
  private void recordReturn(MethodDecl n) {
    List<Statement> body = n.body().statements();
    if (resolver.currentClass.synthetic || body.isEmpty() || !(body.get(body.size() - 1) instanceof Statement.Return ret)
        || ret.value() == null) {
      return;
    }
    Expression returned = body.size() == 1 ? ret.value() : lazilyMadeField(body, ret.value());
    Resolver.Chain chain = returned == null ? null : resolver.chainOf(returned);
    if (chain != null) {
      out.add(new ReturnFact(resolver.currentClass.name, n.name(), n.params().size(), chain.start(), chain.calls()));
    }
  }

  /**
   * The field a lazy getter returns, or null: {@code if (F == null) { F = ..; } return F;}, the
   * null check repeated under a lock, or the value read into a local first ({@code T c = F; if (c ==
   * null) { .. } return c;}). Every statement before the {@code return} is that local or an
   * {@code if} on a null check of the field or the local, with no {@code else} and no
   * {@code return} of its own: the method returns the field, made when it was null.
   */
  private static Expression lazilyMadeField(List<Statement> body, Expression returnedValue) {
    Expression value = Resolver.strip(returnedValue);
    if (!(value instanceof Expression.Name || value instanceof Expression.FieldAccess)) {
      return null;
    }
    String returned = SourceForm.of(value);
    Expression field = value;
    int first = 0;
    if (body.get(0) instanceof Statement.ExpressionStmt es && es.expression() instanceof Expression.LocalVars lv
        && lv.variables().size() == 1 && lv.variables().get(0).name().equals(returned) && lv.variables().get(0).init() != null) {
      field = Resolver.strip(lv.variables().get(0).init()); // T c = F;
      if (!(field instanceof Expression.Name || field instanceof Expression.FieldAccess)) {
        return null;
      }
      first = 1;
    }
    java.util.Set<String> checked = new java.util.HashSet<>(List.of(returned, SourceForm.of(field)));
    boolean lazy = false;
    for (int i = first; i < body.size() - 1; i++) {
      if (!(body.get(i) instanceof Statement.If s) || s.otherwise() != null || !isNullCheckOf(s.condition(), checked)
          || hasReturn(s.then())) {
        return null;
      }
      lazy = true;
    }
    return lazy ? field : null;
  }

  /** {@code x == null} or {@code null == x} for one of the names. */
  private static boolean isNullCheckOf(Expression condition, java.util.Set<String> names) {
    Expression c = Resolver.strip(condition);
    if (!(c instanceof Expression.Binary b) || b.operator() != Expression.BinaryOp.EQUALS) {
      return false;
    }
    Expression l = Resolver.strip(b.left());
    Expression r = Resolver.strip(b.right());
    return isNull(r) && names.contains(SourceForm.of(l)) || isNull(l) && names.contains(SourceForm.of(r));
  }

  private static boolean isNull(Expression e) {
    return e instanceof Expression.Literal lit && lit.kind() == Expression.LiteralKind.NULL;
  }

  private static boolean hasReturn(Statement s) {
    List<Statement.Return> returns = new ArrayList<>();
    Descendants.returnsOf(s, returns);
    return !returns.isEmpty();
  }

  /** The member's parameters in order, by the ids their definitions got: core summarises what it does to each. */
  private void recordParameters(String method, List<Param> parameters) {
    if (resolver.currentClass.synthetic) {
      return;
    }
    List<String> ids = new ArrayList<>(parameters.size());
    for (Param p : parameters) {
      ids.add(resolver.currentMember.locals.get(p.name()));
    }
    out.add(new ParametersFact(resolver.currentClass.name, method, ids));
  }

  void inMember(Member m, Runnable body) {
    MemberScope saved = resolver.currentMember;
    resolver.currentMember = new MemberScope(m);
    if (saved != null) {
      resolver.currentMember.locals.putAll(saved.locals); // a local class sees the locals around it
    }
    try {
      body.run();
    } finally {
      resolver.currentMember = saved;
    }
  }

  void addParameter(Param p) {
    String id = localId(p.namePos(), p.name());
    TypeRef type = shapes.declaredType(p.type());
    if (type != null) {
      resolver.localTypes.put(id, type);
    }
    out.add(LocalFact.parameter(id, p.name(), type));
    resolver.currentMember.locals.put(p.name(), id);
  }

  /** A local's definition gets the id of the place that defines it: unique in the project. */
  String localId(Pos at, String name) {
    return file + "@" + at.line() + ":" + at.column() + "/" + name;
  }

  Location location(Pos p) {
    return new Location(file, p.line(), p.column());
  }
}
