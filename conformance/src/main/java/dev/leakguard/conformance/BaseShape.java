package dev.leakguard.conformance;

import java.util.List;

/**
 * A case the generated variants start from. It fixes the holder, the growth call and what every
 * front end must report on the holder; {@link HolderAccess} and {@link GrowthPlacement} only change
 * the syntax that reaches the holder, never the verdict.
 */
enum BaseShape {
  /** A static map grown with a public method's parameters: input decides how many keys there are. */
  STATIC_MAP_FROM_PARAMETER(
      "StaticMap",
      "a static map grown from a public method's parameters",
      false,
      List.of("java.util.HashMap", "java.util.Map", "java.util.function.BiConsumer"),
      "Map<String, String>",
      "ROUTES",
      "routes",
      "new HashMap<>()",
      "put(key, value)",
      "remember",
      "String key, String value",
      "BiConsumer<String, String>",
      "(key, value)",
      "expect: UnboundedStaticCollection kind=GROWTH confidence=high"),

  /** A singleton's list grown with a constant: a finite domain, so normal confidence. */
  SINGLETON_LIST_WITH_CONSTANT(
      "SingletonList",
      "an enum singleton's list grown with a constant",
      true,
      List.of("java.util.ArrayList", "java.util.List"),
      "List<String>",
      "ticks",
      "tickList",
      "new ArrayList<>()",
      "add(\"tick\")",
      "tick",
      "",
      "Runnable",
      "()",
      "expect: UnboundedSingletonCollection kind=GROWTH confidence=normal"),

  /** A static set grown from a parameter and evicted by another public method: nothing to report. */
  STATIC_SET_EVICTED_ELSEWHERE(
      "EvictedSet",
      "a static set grown from a parameter and evicted by another method",
      false,
      List.of("java.util.HashSet", "java.util.Set", "java.util.function.Consumer"),
      "Set<String>",
      "ACTIVE",
      "active",
      "new HashSet<>()",
      "add(item)",
      "open",
      "String item",
      "Consumer<String>",
      "item",
      "expect: none");

  private final String namePrefix;
  private final String description;
  private final boolean singleton;
  private final List<String> imports;
  private final String holderType;
  private final String holder;
  private final String getterName;
  private final String initializer;
  private final String growthCall;
  private final String growthMethod;
  private final String growthParameters;
  private final String functionalType;
  private final String lambdaParameters;
  private final String holderMarker;

  BaseShape(String namePrefix, String description, boolean singleton, List<String> imports, String holderType,
      String holder, String getterName, String initializer, String growthCall, String growthMethod,
      String growthParameters, String functionalType, String lambdaParameters, String holderMarker) {
    this.namePrefix = namePrefix;
    this.description = description;
    this.singleton = singleton;
    this.imports = imports;
    this.holderType = holderType;
    this.holder = holder;
    this.getterName = getterName;
    this.initializer = initializer;
    this.growthCall = growthCall;
    this.growthMethod = growthMethod;
    this.growthParameters = growthParameters;
    this.functionalType = functionalType;
    this.lambdaParameters = lambdaParameters;
    this.holderMarker = holderMarker;
  }

  String namePrefix() {
    return namePrefix;
  }

  String description() {
    return description;
  }

  /** True for an enum singleton (instance members), false for a utility class (static members). */
  boolean singleton() {
    return singleton;
  }

  List<String> imports() {
    return imports;
  }

  /** The holder's declared type, also the type of aliases, casts and getters. */
  String holderType() {
    return holderType;
  }

  /** The holder field's name, as code of the class refers to it. */
  String holder() {
    return holder;
  }

  String getterName() {
    return getterName;
  }

  /** The modifiers a member of this shape's class takes: {@code static} on a utility class. */
  String memberModifiers() {
    return singleton ? "" : "static ";
  }

  /** The holder's declaration line, with its marker. */
  String holderDeclaration() {
    return "private " + memberModifiers() + "final " + holderType + " " + holder + " = " + initializer + "; // "
        + holderMarker;
  }

  /** The call that grows the holder, after the receiver's dot. */
  String growthCall() {
    return growthCall;
  }

  String growthMethod() {
    return growthMethod;
  }

  String growthParameters() {
    return growthParameters;
  }

  /** The type of a field holding the growth as a lambda, taking the growth method's parameters. */
  String functionalType() {
    return functionalType;
  }

  String lambdaParameters() {
    return lambdaParameters;
  }

  /** Whether every front end reports the holder, so the growth line carries {@code // growth}. */
  boolean reported() {
    return !holderMarker.equals("expect: none");
  }

  /** Members the shape needs besides the growth: the eviction that makes the negative negative. */
  List<String> extraMembers() {
    if (this != STATIC_SET_EVICTED_ELSEWHERE) {
      return List.of();
    }
    return List.of(
        "public static synchronized void close(String item) {",
        "  " + holder + ".remove(item);",
        "}");
  }
}
