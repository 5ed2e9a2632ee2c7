package dev.leakguard.core.analysis;

import dev.leakguard.core.analysis.KeyDomain.Kind;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the domain of what a growth call adds from its argument's shape (DESIGN.md section 4):
 * unbounded by construction (a random UUID, a counter, a timestamp, a new object per call, the
 * current thread, a class loader, a session or socket), finite (a {@code Class}, {@code Locale}, {@code Charset}, time zone, enum,
 * {@code Method} (or one a reflection lookup finds), a constant, a small computed number, or a key object made only of such
 * values), or a registration (the parameter object itself in a {@code register*},
 * {@code add*Listener} or {@code subscribe} method, or a listener-like or function-typed parameter). Names are
 * finite (a {@code name} or {@code ...Name} parameter, {@code x.getName()}, a type getter), an
 * entity's id ({@code userId}) is unbounded, and a value loaded by name (a class, a class-path
 * resource) is stored only for names that exist. Anything else is unknown, and the confidence
 * falls back on whether the value comes from input.
 */
final class KeyDomains {
  private static final int MAX_DEPTH = 16;
  // keep-sorted start
  private static final Set<String> FINITE_TYPES = Set.of(
      "AccessibleObject", "Boolean", "Charset", "ChronoUnit", "Class", "Constructor", "Currency", "DayOfWeek",
      "Enum", "Executable", "Field", "Locale", "Method", "Module", "Month", "Package", "RoundingMode", "TimeUnit",
      "TimeZone", "ZoneId", "ZoneOffset", "boolean");
  /** Reflection lookups: {@code type.getDeclaredMethod(name, ..)} gives a member the code declares. */
  private static final Set<String> MEMBER_LOOKUPS = Set.of(
      "getConstructor", "getDeclaredConstructor", "getDeclaredField", "getDeclaredMethod", "getEnclosingMethod",
      "getField", "getMethod");
  private static final Set<String> REFLECTED_MEMBER_TYPES = Set.of("Constructor", "Field", "Method");
  /** Collections whose elements make a key: a list of classes is as finite as the classes. */
  private static final Set<String> ELEMENT_COLLECTIONS = Set.of(
      "Collection", "Iterable", "List", "NavigableSet", "Optional", "Set", "SortedSet");
  private static final Set<String> NUMBER_TYPES = Set.of(
      "Byte", "Character", "Double", "Float", "Integer", "Long", "Short", "byte", "char", "double", "float", "int",
      "long", "short");
  private static final Set<String> UNBOUNDED_TYPES = Set.of("UUID");
  private static final Set<String> SMALL_INT_TYPES = Set.of("Byte", "Integer", "Short", "byte", "int", "short");
  /** Last words of an int parameter that holds a few bits: flags, a mask, a mode, modifiers, permissions. */
  private static final Set<String> FLAG_WORDS = Set.of(
      "flag", "flags", "mask", "mod", "mode", "modifiers", "mods", "perm", "permission", "permissions", "perms");
  /** Objects with an identity per run-time thing: each redeployment, connection or session makes new ones. */
  private static final Set<String> IDENTITY_TYPES = Set.of(
      "ClassLoader", "HttpSession", "Socket", "SocketChannel", "Thread", "URLClassLoader");
  private static final Set<String> CLASS_LOADER_GETTERS = Set.of("getClassLoader", "getContextClassLoader");
  private static final Set<String> COUNTER_METHODS = Set.of(
      "addAndGet", "getAndAdd", "getAndIncrement", "incrementAndGet", "nextId", "nextLong", "nextInt", "nextSequence");
  private static final Set<String> TIME_METHODS = Set.of("currentTimeMillis", "nanoTime", "now");
  /** Getters that give a type or a kind: {@code annotation.getType()}, {@code method.getDeclaringClass()}. */
  private static final Set<String> TYPE_GETTERS = Set.of("annotationType", "getDeclaringClass", "getKind", "getType");
  private static final Set<String> SMALL_NUMBER_METHODS = Set.of("length", "ordinal", "size");
  /** Static factories whose owner makes the result finite: {@code Locale.forLanguageTag}, {@code Charset.forName}. */
  private static final Set<String> FINITE_OWNERS = Set.of(
      "Charset", "Currency", "Locale", "StandardCharsets", "TimeZone", "ZoneId", "ZoneOffset");
  // keep-sorted end
  private static final List<String> CONFIGURATION_TYPE_SUFFIXES = List.of("Config", "Configuration", "Settings", "Spec");
  /** Words that name code-level identifiers: a parameter named so holds a finite, per-code-base value. */
  private static final Set<String> CODE_NAME_WORDS = Set.of(
      "algorithm", "annotation", "charset", "class", "config", "configs", "configuration", "country", "currency",
      "dialect", "encoding", "language", "locale", "options", "package", "protocol", "resource", "scheme", "settings",
      "timezone", "type", "zone");
  /**
   * Words that, before "name", make it a name of a person, a file or a host (data a user or the
   * outside world supplies), not of something the code or its configuration declares.
   */
  private static final Set<String> DATA_NAME_QUALIFIERS = Set.of(
      "account", "client", "customer", "display", "domain", "file", "first", "full", "host", "last", "login", "nick",
      "path", "person", "principal", "real", "screen", "server", "user");
  /** Calls that load a class or a class-path resource by name (not defineClass: that makes new ones). */
  private static final Set<String> LOADING_CALLS = Set.of(
      "getResource", "getResourceAsStream", "getSystemResource", "loadClass", "newInstance");
  private static final Set<String> TEXT_TYPES = Set.of("CharSequence", "Object", "String", "StringBuilder");
  /** Behaviour handed over as an object (a function, a closure): registered, like a listener. */
  private static final String BEHAVIOUR_TYPES =
      "BiConsumer|BiFunction|BiPredicate|Closure|Consumer|Function|Predicate|Supplier|UnaryOperator";
  private static final Pattern LISTENER_TYPE = Pattern.compile(
      ".*(" + RegistrationMethods.ROLES + ")|" + BEHAVIOUR_TYPES);

  private final Map<String, LocalFact> locals;
  private final ClassIndex classes;
  /** Classes the analysed code instantiates outside class initialisation. */
  private final java.util.Set<String> madeAtRunTime;

  KeyDomains(Map<String, LocalFact> locals, ClassIndex classes, java.util.Set<String> madeAtRunTime) {
    this.locals = locals;
    this.classes = classes;
    this.madeAtRunTime = madeAtRunTime;
  }

  /**
   * The domain of {@code added}, the argument that decides how many entries there are, in
   * {@code member}; {@code arguments} are all the growth call's arguments (a registration may put the
   * registered object as the value: {@code map.put(name, handler)}).
   */
  KeyDomain of(Expr added, List<Expr> arguments, Member member) {
    if (arguments.size() >= 2 && loadsByName(arguments.get(1), 0)) {
      return finite("what it stores is loaded by name (a class or a resource of the class path): only names"
          + " that exist there are stored, finite per deployment");
    }
    if (arguments.size() >= 2 && isReflectedMember(arguments.get(1))) {
      return finite("what it stores is a reflected member (a field, method or constructor) found for the key:"
          + " only names the classes declare are stored, finite per code base");
    }
    for (Expr argument : arguments) {
      if (argument instanceof Expr.Local l) {
        LocalFact def = locals.get(l.id());
        if (def != null && def.parameter() && isRegistration(def, member)) {
          return new KeyDomain(Kind.REGISTRATION, "what it adds is the parameter '" + def.name()
              + "' itself, registered in '" + member.displayName() + "': one entry per registered object");
        }
      }
    }
    if (RegistrationMethods.is(member)) {
      LocalFact registered = registeredParameter(added, 0);
      if (registered != null) {
        return new KeyDomain(Kind.REGISTRATION, "what it adds is taken from the parameter '" + registered.name()
            + "' registered in '" + member.displayName() + "' (its names, its id): entries per registered object");
      }
    }
    return domain(added, member, 0);
  }

  /**
   * A value made by loading something by name: {@code Class.forName(n)} (not {@code Charset.forName}:
   * it takes aliases in any case), {@code loader.loadClass(n)},
   * {@code cls.getDeclaredConstructor().newInstance()}, {@code getResource(n)}, through locals and
   * the calls of a chain. A failed lookup throws or gives null, so nothing is stored for a name
   * that does not exist.
   */
  private boolean loadsByName(Expr e, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return false;
    }
    if (e instanceof Expr.Call c) {
      boolean loads = c.method().equals("forName")
          ? c.staticOwner() != null && Names.simpleName(c.staticOwner()).equals("Class")
          : LOADING_CALLS.contains(c.method());
      return loads || loadsByName(c.receiver(), depth + 1);
    }
    if (e instanceof Expr.Local l) {
      LocalFact def = locals.get(l.id());
      return def != null && !def.parameter() && loadsByName(def.value(), depth + 1);
    }
    return false;
  }

  /** A {@code Field}, {@code Method} or {@code Constructor}: a typed local, or a reflection lookup. */
  private boolean isReflectedMember(Expr e) {
    if (e instanceof Expr.Call c) {
      return MEMBER_LOOKUPS.contains(c.method()) && c.receiver() != null;
    }
    if (e instanceof Expr.Local l) {
      LocalFact def = locals.get(l.id());
      return def != null && def.type() != null && REFLECTED_MEMBER_TYPES.contains(def.type().simpleName());
    }
    return false;
  }

  /**
   * The parameter a value is taken from by calls on it or locals made from it
   * ({@code command.primaryName()}, {@code for (String name : command.names())}), or null.
   */
  private LocalFact registeredParameter(Expr e, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (e instanceof Expr.Call c) {
      return c.receiver() == null ? null : registeredParameter(c.receiver(), depth + 1);
    }
    if (e instanceof Expr.Local l) {
      LocalFact def = locals.get(l.id());
      if (def == null) {
        return null;
      }
      if (def.parameter()) {
        return def;
      }
      if (def.source() instanceof dev.leakguard.core.model.Ref.Local from) {
        LocalFact origin = locals.get(from.id());
        if (origin != null && origin.parameter()) {
          return origin;
        }
      }
      return def.value() == null ? null : registeredParameter(def.value(), depth + 1);
    }
    return null;
  }

  private boolean isRegistration(LocalFact parameter, Member member) {
    if (RegistrationMethods.is(member)) {
      return true;
    }
    return parameter.type() != null && LISTENER_TYPE.matcher(parameter.type().simpleName()).matches();
  }

  private KeyDomain domain(Expr e, Member member, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return KeyDomain.UNKNOWN;
    }
    if (e instanceof Expr.Literal l) {
      return l.kind() == Expr.LiteralKind.NUMBER ? neutral("a number") : finite("a constant");
    }
    if (e instanceof Expr.Name n) {
      return Names.isConstantName(n.text()) ? finite("the constant '" + n.text() + "'") : KeyDomain.UNKNOWN;
    }
    if (e instanceof Expr.Local l) {
      return local(l, member, depth);
    }
    if (e instanceof Expr.Call c) {
      return call(c, member, depth);
    }
    if (e instanceof Expr.New n) {
      return created(n, member, depth);
    }
    if (e instanceof Expr.Plus p) {
      return joined(p, member, depth);
    }
    if (e instanceof Expr.Arithmetic a) {
      return computed(a, member, depth);
    }
    if (e instanceof Expr.Choice c) {
      KeyDomain worst = null;
      for (Expr option : c.options()) {
        KeyDomain d = domain(option, member, depth + 1);
        if (worst == null || rank(d) > rank(worst)) {
          worst = d;
        }
      }
      return worst == null ? KeyDomain.UNKNOWN : worst;
    }
    if (e instanceof Expr.Other o && o.text().equals("this")
        && (member.kind() == MemberKind.CONSTRUCTOR || member.kind() == MemberKind.INSTANCE_INITIALIZER)) {
      // Instances made at run time (by any code, through a public constructor, or by the class's
      // own factories) add one entry each; a class only its subclasses' constants instantiate
      // keeps a registry of those.
      ClassFact c = classes.find(member.className());
      return c != null && (c.constructorVisibility().isPublic() || madeAtRunTime.contains(c.qualifiedName()))
          ? unbounded("it adds the object being constructed, and instances are made at run time: one entry per instance")
          : KeyDomain.UNKNOWN;
    }
    return KeyDomain.UNKNOWN;
  }

  /**
   * Arithmetic: a remainder or a mask by a constant ({@code minute % 60}, {@code hash & 0xF}) is a
   * small fixed domain; a value scaled or shifted ({@code millis / 60_000}) is unbounded if it is.
   */
  private KeyDomain computed(Expr.Arithmetic a, Member member, int depth) {
    if (a.bounding() && (isConstant(a.right()) || isConstant(a.left()))) {
      return finite("a remainder or a mask by a constant: a small fixed domain");
    }
    if (!a.bounding()) {
      for (Expr operand : List.of(a.left(), a.right())) {
        KeyDomain d = domain(operand, member, depth + 1);
        if (d.kind() == Kind.UNBOUNDED) {
          return d;
        }
      }
    }
    return KeyDomain.UNKNOWN;
  }

  private static boolean isConstant(Expr e) {
    return e instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER
        || e instanceof Expr.Name n && Names.isConstantName(n.text());
  }

  /**
   * A concatenation (or a sum): unbounded if a part is; finite if every part that is not a literal
   * is ({@code baseName + '-' + locale.toLanguageTag()}); else the code does not say.
   */
  private KeyDomain joined(Expr.Plus p, Member member, int depth) {
    List<String> finiteParts = new java.util.ArrayList<>();
    boolean allFinite = true;
    for (Expr operand : p.operands()) {
      if (operand instanceof Expr.Literal) {
        continue;
      }
      KeyDomain d = domain(operand, member, depth + 1);
      if (d.kind() == Kind.UNBOUNDED) {
        return d;
      }
      if (d.kind() == Kind.FINITE) {
        finiteParts.add(d.reason());
      } else {
        allFinite = false;
      }
    }
    return allFinite && !finiteParts.isEmpty()
        ? finite("it joins parts of finite domains (" + String.join("; ", finiteParts) + ")")
        : KeyDomain.UNKNOWN;
  }

  private KeyDomain local(Expr.Local l, Member member, int depth) {
    LocalFact def = locals.get(l.id());
    if (def == null) {
      return KeyDomain.UNKNOWN;
    }
    KeyDomain byType = byType(def.type(), "'" + def.name() + "'");
    if (byType.kind() == Kind.FINITE || byType.kind() == Kind.UNBOUNDED) {
      return byType;
    }
    if (!def.parameter() && def.value() != null) {
      KeyDomain byValue = domain(def.value(), member, depth + 1);
      if (byValue.kind() != Kind.UNKNOWN) {
        return byValue;
      }
    }
    if (def.parameter() && byType.kind() != Kind.FINITE && isEntityId(def.name())) {
      return unbounded("'" + def.name() + "' identifies an entity (a user, an order, a session): ids are unbounded");
    }
    if (def.parameter() && byType.kind() == Kind.UNKNOWN && namesCode(def.name())) {
      return finite("'" + def.name() + "' names something of the code (a package, class, language, charset, ...):"
          + " finite per code base");
    }
    if (def.parameter() && def.type() != null && SMALL_INT_TYPES.contains(def.type().simpleName())
        && isFlagSet(def.name())) {
      return finite("'" + def.name() + "' is a set of flags or a mode (a bit mask of a few bits): a small fixed domain");
    }
    if (def.parameter() && isTextOrUntyped(def.type()) && isDeclaredName(def.name())) {
      return finite("'" + def.name() + "' is a name: names are declared by the code or its configuration"
          + " (beans, environments, headers, metrics), finite per application");
    }
    return byType;
  }

  /**
   * A parameter of an object type whose name is asked for ({@code environment.getName()}), unless its
   * name or type makes it a person, a file or a host.
   */
  private boolean isNamedParameter(Expr receiver) {
    if (!(receiver instanceof Expr.Local l)) {
      return false;
    }
    LocalFact def = locals.get(l.id());
    if (def == null || !def.parameter() || def.type() == null || isTextOrUntyped(def.type())
        || NUMBER_TYPES.contains(def.type().simpleName())) {
      return false;
    }
    return !hasDataQualifier(def.name()) && !hasDataQualifier(def.type().simpleName());
  }

  private static boolean hasDataQualifier(String identifier) {
    for (String word : words(identifier)) {
      if (DATA_NAME_QUALIFIERS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String identifier) {
    return identifier.split("_|(?<=[a-z0-9])(?=[A-Z])");
  }

  /**
   * {@code userId}, {@code order_id}: a parameter whose last word is "id" after another, unless a word
   * before it names something of the code ({@code classId}, {@code typeId}, {@code protocolId}).
   */
  private static boolean isEntityId(String name) {
    String[] words = words(name);
    if (words.length < 2 || !words[words.length - 1].equalsIgnoreCase("id")) {
      return false; // (a bare `id` may be a zone's, a charset's: the code does not say whose)
    }
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (CODE_NAME_WORDS.contains(w) || w.equals("kind")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTextOrUntyped(TypeRef type) {
    return type == null || TEXT_TYPES.contains(type.simpleName());
  }

  /**
   * {@code name}, {@code beanName}, {@code header_name}, {@code alias}: a parameter whose last word is
   * "name" or "alias", unless a word before it makes it a person's, file's or host's name
   * ({@code userName}, {@code fileName}).
   */
  private static boolean isDeclaredName(String name) {
    String[] words = words(name);
    String last = words[words.length - 1];
    return (last.equalsIgnoreCase("name") || last.equalsIgnoreCase("alias")) && !hasDataQualifier(name);
  }

  /** {@code perms}, {@code accessFlags}, {@code openMode}, {@code modifiers}: an int whose last word says it holds a few bits. */
  private static boolean isFlagSet(String name) {
    String[] words = words(name);
    return FLAG_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * {@code toClassName(path)}, {@code getPackageName()}: a method whose name ends in a code-level word
   * and "Name" (not {@code getHostName}, {@code toDisplayName}: the word before "Name" decides).
   */
  private static boolean returnsCodeName(String method) {
    String[] words = words(method);
    return words.length >= 2 && words[words.length - 1].equals("Name")
        && CODE_NAME_WORDS.contains(words[words.length - 2].toLowerCase(Locale.ROOT));
  }

  /** {@code packageName}, {@code languageCode}, {@code CHARSET}: a name made of a code-level word. */
  private static boolean namesCode(String name) {
    for (String word : words(name)) {
      if (CODE_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code PoolConfig}, {@code DataSourceConfiguration}, {@code ClientSettings}, {@code HostSpec}: a
   * type named as configuration ({@code ...Options} is left out: per-call options are common).
   */
  private static boolean isConfigurationType(String simpleName) {
    for (String suffix : CONFIGURATION_TYPE_SUFFIXES) {
      if (simpleName.length() > suffix.length() && simpleName.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** A local whose declared type is an object type other than text: a configuration object, not free input. */
  private boolean isNonTextObject(Expr e) {
    if (!(e instanceof Expr.Local l)) {
      return false;
    }
    LocalFact def = locals.get(l.id());
    return def != null && def.type() != null && !TEXT_TYPES.contains(def.type().simpleName())
        && !NUMBER_TYPES.contains(def.type().simpleName());
  }

  private KeyDomain byType(TypeRef type, String what) {
    if (type == null) {
      return KeyDomain.UNKNOWN;
    }
    String simple = type.simpleName();
    if (FINITE_TYPES.contains(simple) || type.knownEnum() || classes.isEnum(type.name())) {
      return finite(what + " is a " + simple + ": a finite domain");
    }
    if (UNBOUNDED_TYPES.contains(simple)) {
      return unbounded(what + " is a " + simple + ": ids are unbounded");
    }
    if (isConfigurationType(simple)) {
      return finite(what + " is typed " + simple + ", a configuration type: finite per deployment");
    }
    if (ELEMENT_COLLECTIONS.contains(simple) && type.arguments().size() == 1) {
      KeyDomain element = byType(type.arguments().get(0), "each element");
      if (element.kind() == Kind.FINITE) {
        return finite(what + " is a " + simple + " of finite values (" + element.reason()
            + "): combinations the code names, finite per code base");
      }
    }
    if (IDENTITY_TYPES.contains(simple)) {
      return unbounded(what + " is a " + simple + ": one entry per object, and new ones keep coming");
    }
    if (NUMBER_TYPES.contains(simple)) {
      return neutral(what + " is a number");
    }
    return KeyDomain.UNKNOWN;
  }

  private KeyDomain call(Expr.Call c, Member member, int depth) {
    String owner = c.staticOwner() == null ? "" : Names.simpleName(c.staticOwner());
    String m = c.method();
    // (by its name alone: with `import java.util.*` a reader cannot tell the class UUID from a constant)
    if (m.equals("randomUUID") && c.args().isEmpty() && (owner.isEmpty() || owner.equals("UUID"))) {
      return unbounded("the key is a random UUID");
    }
    if (TIME_METHODS.contains(m) && (owner.equals("System") || !owner.isEmpty() && c.args().isEmpty())) {
      return unbounded("the key is a timestamp ('" + m + "')");
    }
    if (COUNTER_METHODS.contains(m)) {
      return unbounded("the key is a counter ('" + m + "')");
    }
    if (CLASS_LOADER_GETTERS.contains(m) && c.args().isEmpty()) {
      return unbounded("the key is a class loader ('" + m + "()'): each redeployment or plug-in makes new ones");
    }
    if (owner.equals("Thread") && m.equals("currentThread")) {
      return unbounded("the key is the current thread: one entry per thread");
    }
    if (m.equals("getClass") && c.args().isEmpty()) {
      return finite("the key is a class");
    }
    if (MEMBER_LOOKUPS.contains(m) && c.receiver() != null) {
      return finite("the key is a reflected member ('" + m + "'): methods, fields and constructors are finite per"
          + " code base");
    }
    if (TYPE_GETTERS.contains(m) && c.args().isEmpty() && c.receiver() != null) {
      return finite("the key is a type ('" + m + "()'): finite per code base");
    }
    if (returnsCodeName(m)) {
      return finite("the key is a name of code ('" + m + "'): classes, packages and types are finite per code base");
    }
    if (SMALL_NUMBER_METHODS.contains(m) && c.args().isEmpty()) {
      return finite("the key is a small computed number ('" + m + "()')");
    }
    if (FINITE_OWNERS.contains(owner)) {
      return finite("the key is a " + owner + ": a finite domain");
    }
    if (c.receiver() != null && (m.equals("toString") || m.equals("name") || m.equals("hashCode"))) {
      KeyDomain of = domain(c.receiver(), member, depth + 1);
      return of.kind() == Kind.FINITE || of.kind() == Kind.UNBOUNDED ? of : KeyDomain.UNKNOWN;
    }
    if (c.args().isEmpty() && (m.equals("getName") || m.equals("name")) && isNamedParameter(c.receiver())) {
      return finite("the key is the name of '" + ((Expr.Local) c.receiver()).name() + "'"
          + ": names are declared by the code or its configuration, finite per application");
    }
    if (c.receiver() != null && c.args().isEmpty()) {
      // A property of a finite value is finite: type.getSimpleName(), locale.getLanguage().
      KeyDomain of = domain(c.receiver(), member, depth + 1);
      if (of.kind() == Kind.FINITE) {
        return finite(of.reason() + " ('" + m + "()' of it)");
      }
    }
    if (owner.equals("String") || owner.equals("Integer") || owner.equals("Long") || m.equals("concat")) {
      for (Expr a : c.args()) {
        KeyDomain d = domain(a, member, depth + 1);
        if (d.kind() == Kind.UNBOUNDED) {
          return d;
        }
      }
    }
    return KeyDomain.UNKNOWN;
  }

  /**
   * {@code new K(..)}: a new object with no arguments is a new identity per call; a key object made
   * of finite values, numbers and configuration objects (typed, but not text) is finite when at
   * least one part is finite; one that holds an unbounded value is unbounded; one that holds text
   * or anything untyped is unknown.
   */
  private KeyDomain created(Expr.New n, Member member, int depth) {
    String simple = n.type().simpleName();
    if (FINITE_TYPES.contains(simple)) {
      return finite("the key is a " + simple + ": a finite domain");
    }
    if (n.args().isEmpty()) {
      return unbounded("it adds a new " + simple + " each time: one entry per call");
    }
    boolean anyFinite = false;
    for (Expr a : n.args()) {
      KeyDomain d = domain(a, member, depth + 1);
      if (d.kind() == Kind.UNBOUNDED) {
        return d;
      }
      if ((d.kind() == Kind.UNKNOWN || d.kind() == Kind.REGISTRATION) && !isNonTextObject(a)) {
        return KeyDomain.UNKNOWN;
      }
      anyFinite |= d.kind() == Kind.FINITE;
    }
    return anyFinite ? finite("the key is a " + simple + " made of finite values") : KeyDomain.UNKNOWN;
  }


  private static int rank(KeyDomain d) {
    return switch (d.kind()) {
      case UNBOUNDED -> 4;
      case UNKNOWN, NOT_INPUT -> 3;
      case REGISTRATION -> 2;
      case NEUTRAL -> 1;
      case FINITE -> 0;
    };
  }

  private static KeyDomain finite(String reason) {
    return new KeyDomain(Kind.FINITE, reason);
  }

  private static KeyDomain unbounded(String reason) {
    return new KeyDomain(Kind.UNBOUNDED, reason);
  }

  private static KeyDomain neutral(String reason) {
    return new KeyDomain(Kind.NEUTRAL, reason);
  }
}
