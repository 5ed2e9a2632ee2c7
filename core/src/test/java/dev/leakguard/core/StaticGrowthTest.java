package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.FactsFixture.staticFieldInit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.model.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Static holders: run-time growth is reported, growth during class initialisation is not. */
class StaticGrowthTest {
  private static final String REGISTRY = "pkg.Registry";
  private static final String SERVICES = "pkg.Registry.SERVICES";

  private final FactsFixture f = new FactsFixture();

  private void servicesMap() {
    f.staticField(REGISTRY, "SERVICES", newInstance("java.util.HashMap")).at(7);
  }

  @Test
  void putInPublicMethod_isReportedWithHighConfidence() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.method(REGISTRY, "remember")).fromParameter().at(12);

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedStaticCollection, finding.rule());
    assertEquals(FindingKind.GROWTH, finding.kind());
    assertEquals(Confidence.HIGH, finding.confidence());
    assertEquals(SERVICES, finding.holder());
    assertEquals(FactsFixture.at(REGISTRY, 7), finding.location());
    assertEquals(List.of(new GrowthSite(FactsFixture.at(REGISTRY, 12), "remember", "put", true,
        "what it adds comes from a parameter of 'remember': input decides how many entries there are")),
        finding.growthSites());
  }

  @Test
  void message_namesHolderGrowthLineAndMethod() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.method(REGISTRY, "register")).at(12);

    String message = only(f.judge()).message();

    assertTrue(message.startsWith("Static map 'Registry.SERVICES' grows at Registry.java:12 in 'register'"), message);
    assertTrue(message.contains("@Bounded"), message);
  }

  @Test
  void fingerprint_isRuleIdAndHolderQualifiedName() {
    servicesMap();
    f.call(SERVICES, "put", 2).at(12);

    assertEquals("UnboundedStaticCollection:pkg.Registry.SERVICES", only(f.judge()).fingerprint());
  }

  @Test
  void fingerprint_survivesLineChanges() {
    servicesMap();
    f.call(SERVICES, "put", 2).at(12);
    String before = only(f.judge()).fingerprint();

    FactsFixture moved = new FactsFixture();
    moved.staticField(REGISTRY, "SERVICES", newInstance("java.util.HashMap")).at(70);
    moved.call(SERVICES, "put", 2).at(120);

    assertEquals(before, only(moved.judge()).fingerprint());
  }

  @Test
  void growthWithoutParameterArgument_isNormalConfidence() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.method(REGISTRY, "refresh"));

    assertEquals(Confidence.NORMAL, only(f.judge()).confidence());
  }

  @Test
  void parameterOfPrivateMethod_isNormalConfidence() {
    servicesMap();
    Member helper = f.privateMethod(REGISTRY, "remember");
    f.invokes(f.method(REGISTRY, "register"), helper);
    f.call(SERVICES, "put", 2).in(helper).fromParameter();

    Finding finding = only(f.judge());

    assertEquals(Confidence.NORMAL, finding.confidence());
    assertFalse(finding.growthSites().get(0).fromInput());
  }

  @Test
  void nestedCollectionGrowth_isReported() {
    servicesMap();
    f.calls(SERVICES, List.of("computeIfAbsent", "add"), 1).in(f.method(REGISTRY, "register")).fromParameter();

    Finding finding = only(f.judge());

    assertEquals("computeIfAbsent.add", finding.growthSites().get(0).call());
  }

  @Test
  void noUses_isClean() {
    servicesMap();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void onlyReads_isClean() {
    servicesMap();
    f.call(SERVICES, "get", 1).fromParameter();
    f.call(SERVICES, "containsKey", 1).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void unknownValue_isClean() {
    f.staticField(REGISTRY, "SERVICES", FactsFixture.staticCall("pkg.Factory", "services"));
    f.call(SERVICES, "put", 2).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void concreteDeclaredTypeWithoutInitializer_isJudgedFromTheType() {
    f.staticField(REGISTRY, "SERVICES", null).declaredAs(FactsFixture.type("java.util.ArrayList"));
    f.call(SERVICES, "add", 1);

    assertEquals(RuleId.UnboundedStaticCollection, only(f.judge()).rule());
  }

  @Test
  void interfaceDeclaredTypeWithoutInitializer_isClean() {
    f.staticField(REGISTRY, "SERVICES", null).declaredAs(FactsFixture.type("java.util.Map"));
    f.call(SERVICES, "put", 2);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthInStaticInitializer_isClean() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.staticInit(REGISTRY));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthInFieldInitializer_isClean() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(staticFieldInit(REGISTRY, "DEFAULTS"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void initOnlyThroughPrivateHelper_isClean() {
    servicesMap();
    Member helper = f.privateMethod(REGISTRY, "registerDefaults");
    f.invokes(f.staticInit(REGISTRY), helper);
    f.call(SERVICES, "put", 2).in(helper).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void initOnlyThroughChainOfPrivateHelpers_isClean() {
    servicesMap();
    Member outer = f.privateMethod(REGISTRY, "registerDefaults");
    Member inner = f.privateMethod(REGISTRY, "registerOne");
    f.invokes(f.staticInit(REGISTRY), outer);
    f.invokes(outer, inner);
    f.call(SERVICES, "put", 2).in(inner).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void recursivePrivateHelperReachedOnlyFromInit_isClean() {
    servicesMap();
    Member helper = f.privateMethod(REGISTRY, "walk");
    f.invokes(f.staticInit(REGISTRY), helper);
    f.invokes(helper, helper);
    f.call(SERVICES, "put", 2).in(helper).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void privateHelperCalledFromInitAndFromPublicMethod_isReported() {
    servicesMap();
    Member helper = f.privateMethod(REGISTRY, "registerOne");
    f.invokes(f.staticInit(REGISTRY), helper);
    f.invokes(f.method(REGISTRY, "register"), helper);
    f.call(SERVICES, "put", 2).in(helper).fromParameter().at(30);

    Finding finding = only(f.judge());

    assertEquals("registerOne", finding.growthSites().get(0).member());
  }

  @Test
  void privateHelperReachedFromPublicMethodThroughAnotherHelper_isReported() {
    servicesMap();
    Member outer = f.privateMethod(REGISTRY, "registerAll");
    Member inner = f.privateMethod(REGISTRY, "registerOne");
    f.invokes(f.staticInit(REGISTRY), inner);
    f.invokes(f.method(REGISTRY, "reload"), outer);
    f.invokes(outer, inner);
    f.call(SERVICES, "put", 2).in(inner);

    assertEquals(1, f.judge().size());
  }

  @Test
  void privateHelperNeverCalled_isReported() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.privateMethod(REGISTRY, "unused"));

    assertEquals(1, f.judge().size());
  }

  @Test
  void privateOverloadSharingNameWithPublicMethod_isReported() {
    servicesMap();
    Member helper = f.privateMethod(REGISTRY, "add");
    f.method(REGISTRY, "add"); // a public overload: overloads are not told apart
    f.invokes(f.staticInit(REGISTRY), helper);
    f.call(SERVICES, "put", 2).in(helper);

    assertEquals(1, f.judge().size());
  }

  @Test
  void growthInConstructor_isReported() {
    f.classFact(REGISTRY).publicConstructors();
    servicesMap();
    f.call(SERVICES, "add", 1).in(f.constructor(REGISTRY));

    Finding finding = only(f.judge());

    assertEquals("Registry constructor", finding.growthSites().get(0).member());
  }

  @Test
  void growthInConstructorOfClassWithPrivateConstructorsInstantiatedOnlyInStaticInit_isClean() {
    f.classFact(REGISTRY).privateConstructors();
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.constructor(REGISTRY)).fromParameter();
    f.instantiation(REGISTRY, staticFieldInit(REGISTRY, "HTTP"));
    f.instantiation(REGISTRY, f.staticInit(REGISTRY));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthInPrivateConstructorAlsoInstantiatedInMethod_isReported() {
    f.classFact(REGISTRY).privateConstructors();
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.constructor(REGISTRY)).fromParameter();
    f.instantiation(REGISTRY, staticFieldInit(REGISTRY, "HTTP"));
    f.instantiation(REGISTRY, f.method(REGISTRY, "of"));

    assertEquals(1, f.judge().size());
  }

  @Test
  void growthInNonPrivateConstructorInstantiatedOnlyInStaticInit_isReported() {
    f.classFact(REGISTRY).publicConstructors();
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.constructor(REGISTRY));
    f.instantiation(REGISTRY, staticFieldInit(REGISTRY, "HTTP"));

    assertEquals(1, f.judge().size());
  }

  @Test
  void growthInInstanceInitializerOfClassWithPrivateConstructorsInstantiatedOnlyInStaticInit_isClean() {
    f.classFact(REGISTRY).privateConstructors();
    servicesMap();
    f.call(SERVICES, "add", 1).in(f.instanceInit(REGISTRY));
    f.instantiation(REGISTRY, staticFieldInit(REGISTRY, "HTTP"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthInEnumConstructor_isClean() {
    // enum Currency { USD("840"); Currency(String code) { Index.BY_CODE.put(code, this); } }
    f.enumFact("pkg.Currency");
    f.classFact("pkg.Currency.Index").nestedIn("pkg.Currency");
    f.staticField("pkg.Currency.Index", "BY_CODE", newInstance("java.util.HashMap"));
    f.call("pkg.Currency.Index.BY_CODE", "put", 2).in(f.constructor("pkg.Currency")).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthInPrivateHelperOfEnumConstructor_isClean() {
    f.enumFact("pkg.Currency");
    f.staticField("pkg.Currency.Index", "BY_CODE", newInstance("java.util.HashMap"));
    Member helper = f.privateMethod("pkg.Currency", "index");
    f.invokes(f.constructor("pkg.Currency"), helper);
    f.call("pkg.Currency.Index.BY_CODE", "put", 2).in(helper).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthInEnumMethod_isReported() {
    f.enumFact("pkg.Currency");
    f.staticField("pkg.Currency", "SEEN", newInstance("java.util.HashSet"));
    f.call("pkg.Currency.SEEN", "add", 1).in(f.method("pkg.Currency", "parse")).fromParameter();

    assertEquals(1, f.judge().size());
  }

  @Test
  void instanceFieldOfOrdinaryClass_isClean() {
    f.classFact(REGISTRY).publicConstructors();
    f.instanceField(REGISTRY, "services", newInstance("java.util.HashMap"));
    f.call("pkg.Registry.services", "put", 2).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthThroughAliasGetterAndMethodReference_isReported() {
    servicesMap();
    f.call(SERVICES, "put", 2).via(dev.leakguard.core.model.Access.ALIAS).at(20);
    f.call(SERVICES, "put", 2).via(dev.leakguard.core.model.Access.GETTER).at(21);
    f.call(SERVICES, "add", -1).via(dev.leakguard.core.model.Access.METHOD_REFERENCE).at(22);

    assertEquals(3, only(f.judge()).growthSites().size());
  }

  @Test
  void growthInAnotherFile_isReportedWithThatFile() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.method("pkg.Client", "start")).at("src/main/java/pkg/Client.java", 9);

    Finding finding = only(f.judge());

    assertTrue(finding.message().contains("Client.java:9 in 'start'"), finding.message());
    assertEquals("src/main/java/pkg/Registry.java", finding.location().file());
  }

  @Test
  void putFromParameterInRegisterMethod_isARegistrationWithNormalConfidence() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.method(REGISTRY, "register")).fromParameter().at(12);

    Finding finding = only(f.judge());

    assertEquals(Confidence.NORMAL, finding.confidence());
    assertTrue(finding.growthSites().get(0).confidenceReason().contains("what callers register with 'register'"),
        finding.growthSites().get(0).confidenceReason());
  }

  @Test
  void steps_explainStaticUnboundedGrowthAndConfidence() {
    servicesMap();
    f.call(SERVICES, "put", 2).in(f.method(REGISTRY, "remember")).fromParameter();

    List<String> steps = only(f.judge()).steps();

    assertEquals(5, steps.size(), steps.toString());
    assertTrue(steps.get(0).contains("is static"), steps.get(0));
    assertTrue(steps.get(1).contains("HashMap"), steps.get(1));
    assertTrue(steps.get(3).contains("parameter of 'remember'"), steps.get(3));
  }

  static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
    return findings.get(0);
  }
}
