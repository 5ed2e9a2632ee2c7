package dev.leakguard.core;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link Facts} as a reader would state them, so that a judgement test reads as one
 * behaviour:
 *
 * <pre>{@code
 * f.staticField("pkg.Registry", "SERVICES", newInstance("java.util.HashMap"));
 * f.call("pkg.Registry.SERVICES", "put", 2).in(f.method("pkg.Registry", "register")).fromParameter();
 * List<Finding> findings = f.judge();
 * }</pre>
 *
 * Every handle is mutable until {@link #facts()}: refine it with the fluent methods in any order.
 * Locations default to the holder's (or member's) top-level class file, {@code pkg/Registry.java},
 * with a fresh line per fact; {@code at(line)} pins one.
 */
final class FactsFixture {
  private final List<ClassSpec> classes = new ArrayList<>();
  private final List<HolderSpec> holders = new ArrayList<>();
  private final List<UseSpec> uses = new ArrayList<>();
  /** One fact per member and visibility: overloads of one name may differ in visibility. */
  private final Map<String, MethodFact> methods = new LinkedHashMap<>();
  private final List<CallFact> calls = new ArrayList<>();
  private final List<InstantiationSpec> instantiations = new ArrayList<>();
  private final Map<String, Integer> nextLine = new HashMap<>();

  // ---- holders -------------------------------------------------------------------------------

  /** {@code static Map SERVICES = <initializer>;} in {@code className} (initializer may be null). */
  HolderSpec staticField(String className, String name, Expr initializer) {
    HolderSpec h = new HolderSpec(className, name, true, initializer, line(className));
    holders.add(h);
    return h;
  }

  /** An instance field {@code Map name = <initializer>;} of {@code className}. */
  HolderSpec instanceField(String className, String name, Expr initializer) {
    HolderSpec h = new HolderSpec(className, name, false, initializer, line(className));
    holders.add(h);
    return h;
  }

  // ---- uses ----------------------------------------------------------------------------------

  /** {@code HOLDER.m1(..).m2(..)}: the last call has {@code arity} arguments. */
  UseSpec call(String holderId, String method, int arity) {
    return calls(holderId, List.of(method), arity);
  }

  /** A chain of calls starting at the holder: {@code [entrySet, iterator, remove]}. */
  UseSpec calls(String holderId, List<String> chain, int arity) {
    UseSpec u = new UseSpec(holderId, chain, arity, null, line(classOf(holderId)));
    uses.add(u);
    return u;
  }

  /** {@code HOLDER = value;} outside the declaration. */
  UseSpec assign(String holderId, Expr value) {
    UseSpec u = new UseSpec(holderId, List.of(), 0, value, line(classOf(holderId)));
    uses.add(u);
    return u;
  }

  // ---- members -------------------------------------------------------------------------------

  /** A non-private method (its parameters are input). */
  Member method(String className, String name) {
    return register(new Member(className, name, MemberKind.METHOD), false);
  }

  Member privateMethod(String className, String name) {
    return register(new Member(className, name, MemberKind.METHOD), true);
  }

  /** A method annotated {@code @PostConstruct} (javax or jakarta, by simple name). */
  Member postConstruct(String className, String name) {
    Member m = new Member(className, name, MemberKind.METHOD);
    methods.put(m + "@PostConstruct", new MethodFact(m, false, List.of(AnnotationFact.marker("jakarta.annotation.PostConstruct"))));
    return m;
  }

  Member constructor(String className) {
    return register(new Member(className, Member.CONSTRUCTOR, MemberKind.CONSTRUCTOR), false);
  }

  Member staticInit(String className) {
    return register(new Member(className, Member.STATIC_INIT, MemberKind.STATIC_INITIALIZER), false);
  }

  Member instanceInit(String className) {
    return register(new Member(className, Member.INSTANCE_INIT, MemberKind.INSTANCE_INITIALIZER), false);
  }

  /** The initializer of the static field {@code field}. */
  static Member staticFieldInit(String className, String field) {
    return new Member(className, field, MemberKind.STATIC_FIELD_INITIALIZER);
  }

  private Member register(Member m, boolean isPrivate) {
    methods.putIfAbsent(m + (isPrivate ? " private" : ""), new MethodFact(m, isPrivate, List.of()));
    return m;
  }

  /** {@code caller} calls {@code target} (a method of the same or an enclosing class). */
  FactsFixture invokes(Member caller, Member target) {
    calls.add(new CallFact(caller, target.className(), target.name()));
    return this;
  }

  // ---- classes -------------------------------------------------------------------------------

  ClassSpec classFact(String qualifiedName) {
    ClassSpec c = new ClassSpec(qualifiedName);
    classes.add(c);
    return c;
  }

  /** {@code enum Name { ... }}: private constructors. */
  ClassSpec enumFact(String qualifiedName) {
    return classFact(qualifiedName).kind(ClassKind.ENUM).privateConstructors();
  }

  /** {@code new Type(..)} of a class of the analysed code, in {@code where}. */
  InstantiationSpec instantiation(String type, Member where) {
    InstantiationSpec i = new InstantiationSpec(type, where, line(where.className()));
    instantiations.add(i);
    return i;
  }

  // ---- expressions ---------------------------------------------------------------------------

  static TypeRef type(String name, TypeRef... arguments) {
    return TypeRef.of(name, List.of(arguments));
  }

  /** A type the reader knows to be an enum. */
  static TypeRef enumType(String name) {
    return new TypeRef(name, List.of(), true);
  }

  static Expr.New newInstance(String type, Expr... args) {
    return new Expr.New(TypeRef.of(type), List.of(args), null);
  }

  static Expr.New newInstance(TypeRef type, Expr... args) {
    return new Expr.New(type, List.of(args), null);
  }

  /** {@code new Type() { <bodyMethods> }}. */
  static Expr.New newAnonymous(String type, String... bodyMethods) {
    return new Expr.New(TypeRef.of(type), List.of(), List.of(bodyMethods));
  }

  /** {@code Owner.method(args)}. */
  static Expr.Call staticCall(String owner, String method, Expr... args) {
    return new Expr.Call(null, owner, method, List.of(args));
  }

  /** {@code receiver.method(args)}. */
  static Expr.Call invoke(Expr receiver, String method, Expr... args) {
    return new Expr.Call(receiver, null, method, List.of(args));
  }

  static Expr str(String value) {
    return new Expr.Literal(Expr.LiteralKind.STRING, value);
  }

  static Expr num(String value) {
    return new Expr.Literal(Expr.LiteralKind.NUMBER, value);
  }

  static Expr nullValue() {
    return new Expr.Literal(Expr.LiteralKind.NULL, null);
  }

  static Expr name(String text) {
    return new Expr.Name(text);
  }

  static AnnotationFact annotation(String name) {
    return AnnotationFact.marker(name);
  }

  static AnnotationFact annotation(String name, String value) {
    return AnnotationFact.of(name, value);
  }

  // ---- judging -------------------------------------------------------------------------------

  Facts facts() {
    Facts.Builder b = Facts.builder();
    classes.forEach(c -> b.add(c.build()));
    holders.forEach(h -> b.add(h.build()));
    uses.forEach(u -> b.add(u.build()));
    methods.values().forEach(b::add);
    calls.forEach(b::add);
    instantiations.forEach(i -> b.add(i.build()));
    return b.build();
  }

  List<Finding> judge() {
    return judge(Options.DEFAULT);
  }

  List<Finding> judge(Options options) {
    return new Judge(options).judge(facts());
  }

  static Options strict() {
    return Options.DEFAULT.withRequireGrowthEvidence(false);
  }

  // ---- locations -----------------------------------------------------------------------------

  /** {@code src/main/java/pkg/Registry.java} for {@code pkg.Registry.Inner}. */
  static String fileOf(String className) {
    StringBuilder path = new StringBuilder("src/main/java/");
    for (String part : className.split("\\.")) {
      String clean = part.contains("$") ? part.substring(0, part.indexOf('$')) : part;
      path.append(clean);
      if (!clean.isEmpty() && Character.isUpperCase(clean.charAt(0))) {
        return path.append(".java").toString();
      }
      path.append('/');
    }
    return path.append("Unknown.java").toString();
  }

  static Location at(String className, int line) {
    return new Location(fileOf(className), line, 5);
  }

  private static String classOf(String holderId) {
    return holderId.substring(0, holderId.lastIndexOf('.'));
  }

  private Location line(String className) {
    String file = fileOf(className);
    int n = nextLine.merge(file, 10, Integer::sum);
    return new Location(file, n, 5);
  }

  // ---- specs ---------------------------------------------------------------------------------

  static final class HolderSpec {
    private final String declaringClass;
    private final String name;
    private final boolean isStatic;
    private final Expr initializer;
    private Location location;
    private TypeRef declaredType;
    private boolean isPrivate = true;
    private final List<AnnotationFact> annotations = new ArrayList<>();
    private String documentation = "";
    private final Set<String> suppressions = new LinkedHashSet<>();

    private HolderSpec(String declaringClass, String name, boolean isStatic, Expr initializer, Location location) {
      this.declaringClass = declaringClass;
      this.name = name;
      this.isStatic = isStatic;
      this.initializer = initializer;
      this.location = location;
    }

    HolderSpec declaredAs(TypeRef type) {
      this.declaredType = type;
      return this;
    }

    HolderSpec nonPrivate() {
      this.isPrivate = false;
      return this;
    }

    HolderSpec annotated(AnnotationFact a) {
      annotations.add(a);
      return this;
    }

    /** The Javadoc and comments attached to the declaration, as the reader gives them. */
    HolderSpec documented(String text) {
      this.documentation = text;
      return this;
    }

    /** {@code @SuppressWarnings} keys on the field or an enclosing declaration. */
    HolderSpec suppressing(String... keys) {
      suppressions.addAll(Arrays.asList(keys));
      return this;
    }

    HolderSpec at(int line) {
      this.location = new Location(location.file(), line, location.column());
      return this;
    }

    String id() {
      return HolderFact.id(declaringClass, name);
    }

    Location location() {
      return location;
    }

    HolderFact build() {
      return new HolderFact(declaringClass, name, location, declaredType, isStatic, isPrivate, initializer,
          annotations, documentation, suppressions);
    }
  }

  /** A use; runs in a public method {@code handle} of the holder's class unless {@link #in} says. */
  final class UseSpec {
    private final String holder;
    private final List<String> chain;
    private final int arity;
    private final Expr assigned;
    private Location location;
    private Member enclosing;
    private Access access = Access.DIRECT;
    private boolean compared;
    private boolean fromParameter;

    private UseSpec(String holder, List<String> chain, int arity, Expr assigned, Location location) {
      this.holder = holder;
      this.chain = chain;
      this.arity = arity;
      this.assigned = assigned;
      this.location = location;
      this.enclosing = method(classOf(holder), "handle");
    }

    UseSpec in(Member member) {
      this.enclosing = member;
      return this;
    }

    /** An argument mentions a parameter of the enclosing method. */
    UseSpec fromParameter() {
      this.fromParameter = true;
      return this;
    }

    /** The last call's result is compared or is a condition ({@code if (MAP.size() > MAX)}). */
    UseSpec compared() {
      this.compared = true;
      return this;
    }

    UseSpec via(Access how) {
      this.access = how;
      return this;
    }

    UseSpec at(int line) {
      this.location = new Location(location.file(), line, location.column());
      return this;
    }

    /** In another file than the holder's (a cross-file use). */
    UseSpec at(String file, int line) {
      this.location = new Location(file, line, 5);
      return this;
    }

    Location location() {
      return location;
    }

    UseFact build() {
      return new UseFact(holder, chain, arity, access, assigned, location, enclosing, compared, fromParameter, false);
    }
  }

  static final class ClassSpec {
    private final String qualifiedName;
    private ClassKind kind = ClassKind.CLASS;
    private String outerClass;
    private final List<AnnotationFact> annotations = new ArrayList<>();
    private final List<String> superTypes = new ArrayList<>();
    private ConstructorVisibility constructors = ConstructorVisibility.IMPLICIT;
    private final Set<String> declaredMethods = new LinkedHashSet<>();

    private ClassSpec(String qualifiedName) {
      this.qualifiedName = qualifiedName;
    }

    ClassSpec kind(ClassKind k) {
      this.kind = k;
      return this;
    }

    ClassSpec nestedIn(String outer) {
      this.outerClass = outer;
      return this;
    }

    ClassSpec annotated(AnnotationFact a) {
      annotations.add(a);
      return this;
    }

    ClassSpec annotated(String name) {
      return annotated(AnnotationFact.marker(name));
    }

    ClassSpec extending(String... types) {
      superTypes.addAll(Arrays.asList(types));
      return this;
    }

    ClassSpec privateConstructors() {
      this.constructors = ConstructorVisibility.ALL_PRIVATE;
      return this;
    }

    ClassSpec publicConstructors() {
      this.constructors = ConstructorVisibility.SOME_NON_PRIVATE;
      return this;
    }

    ClassSpec declaring(String... methodNames) {
      declaredMethods.addAll(Arrays.asList(methodNames));
      return this;
    }

    ClassFact build() {
      return new ClassFact(qualifiedName, kind, outerClass, annotations, superTypes, constructors, declaredMethods,
          dev.leakguard.core.model.Visibility.PUBLIC, new Location(fileOf(qualifiedName), 1, 1));
    }
  }

  static final class InstantiationSpec {
    private final String type;
    private final Member enclosing;
    private final Location location;

    private InstantiationSpec(String type, Member enclosing, Location location) {
      this.type = type;
      this.enclosing = enclosing;
      this.location = location;
    }

    InstantiationFact build() {
      return new InstantiationFact(type, enclosing, location);
    }
  }
}
