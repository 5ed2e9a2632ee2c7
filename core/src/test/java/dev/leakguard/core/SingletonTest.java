package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.annotation;
import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.FactsFixture.staticFieldInit;
import static dev.leakguard.core.StaticGrowthTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Member;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instance fields count as holders only in singletons (DESIGN.md section 3). */
class SingletonTest {
  private static final String SVC = "pkg.AuditService";
  private static final String HISTORY = "pkg.AuditService.history";

  private final FactsFixture f = new FactsFixture();

  /** {@code private final Map history = new HashMap<>();} grown by a public method. */
  private void historyGrownAtRunTime() {
    f.instanceField(SVC, "history", newInstance("java.util.HashMap"));
    f.call(HISTORY, "put", 2).in(f.method(SVC, "record")).fromParameter();
  }

  @Test
  void enumInstanceField_isReportedAsSingletonCollection() {
    f.enumFact(SVC);
    historyGrownAtRunTime();

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedSingletonCollection, finding.rule());
    assertEquals(FindingKind.GROWTH, finding.kind());
    assertTrue(finding.message().startsWith("Map 'AuditService.history' of singleton 'AuditService' grows at"),
        finding.message());
    assertTrue(finding.steps().get(0).contains("is an enum"), finding.steps().get(0));
  }

  @Test
  void privateConstructorAndStaticInstance_isSingleton() {
    f.classFact(SVC).privateConstructors();
    f.instantiation(SVC, staticFieldInit(SVC, "INSTANCE"));
    historyGrownAtRunTime();

    assertEquals(RuleId.UnboundedSingletonCollection, only(f.judge()).rule());
  }

  @Test
  void privateConstructorAndStaticHolderClass_isSingleton() {
    f.classFact(SVC).privateConstructors();
    f.classFact(SVC + ".Holder").nestedIn(SVC);
    f.instantiation(SVC, staticFieldInit(SVC + ".Holder", "INSTANCE"));
    historyGrownAtRunTime();

    assertEquals(RuleId.UnboundedSingletonCollection, only(f.judge()).rule());
  }

  @Test
  void singletonAnnotationBySimpleName_isSingleton() {
    f.classFact(SVC).annotated("Singleton");
    historyGrownAtRunTime();

    assertEquals(RuleId.UnboundedSingletonCollection, only(f.judge()).rule());
  }

  @Test
  void qualifiedInjectSingleton_isSingleton() {
    f.classFact(SVC).annotated("jakarta.inject.Singleton");
    historyGrownAtRunTime();

    assertEquals(1, f.judge().size());
  }

  @Test
  void applicationScoped_isSingleton() {
    f.classFact(SVC).annotated("jakarta.enterprise.context.ApplicationScoped");
    historyGrownAtRunTime();

    assertEquals(1, f.judge().size());
  }

  @Test
  void springService_isSingleton() {
    f.classFact(SVC).annotated("org.springframework.stereotype.Service");
    historyGrownAtRunTime();

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedSingletonCollection, finding.rule());
    assertTrue(finding.steps().get(0).contains("@Service"), finding.steps().get(0));
  }

  @Test
  void springServiceWithPrototypeScope_isClean() {
    f.classFact(SVC).annotated("Service").annotated(annotation("Scope", "prototype"));
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void springServiceWithScopeConstant_isClean() {
    f.classFact(SVC).annotated("Service")
        .annotated(annotation("org.springframework.context.annotation.Scope", "ConfigurableBeanFactory.SCOPE_PROTOTYPE"));
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void springServiceWithScopeNameMember_isClean() {
    f.classFact(SVC).annotated("Service")
        .annotated(new AnnotationFact("Scope", Map.of("scopeName", List.of("request"))));
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void springServiceWithSingletonScope_isSingleton() {
    f.classFact(SVC).annotated("Service").annotated(annotation("Scope", "ConfigurableBeanFactory.SCOPE_SINGLETON"));
    historyGrownAtRunTime();

    assertEquals(1, f.judge().size());
  }

  @Test
  void springComponentWithRequestScope_isClean() {
    f.classFact(SVC).annotated("Component").annotated("org.springframework.web.context.annotation.RequestScope");
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void servletSubclass_isSingleton() {
    f.classFact(SVC).extending("jakarta.servlet.http.HttpServlet");
    historyGrownAtRunTime();

    Finding finding = only(f.judge());

    assertTrue(finding.steps().get(0).contains("extends HttpServlet"), finding.steps().get(0));
  }

  @Test
  void servletSubclassThroughProjectSuperclass_isSingleton() {
    f.classFact("pkg.BaseServlet").extending("javax.servlet.http.HttpServlet");
    f.classFact(SVC).extending("pkg.BaseServlet");
    historyGrownAtRunTime();

    assertEquals(RuleId.UnboundedSingletonCollection, only(f.judge()).rule());
  }

  @Test
  void classInstantiatedOnlyInStaticInitializers_isSingleton() {
    f.classFact(SVC).publicConstructors();
    f.instantiation(SVC, staticFieldInit("pkg.Config", "AUDIT"));
    f.instantiation(SVC, f.staticInit("pkg.Other"));
    historyGrownAtRunTime();

    Finding finding = only(f.judge());

    assertTrue(finding.steps().get(0).contains("created in a static initializer"), finding.steps().get(0));
  }

  @Test
  void classAlsoInstantiatedInMethod_isClean() {
    f.classFact(SVC).publicConstructors();
    f.instantiation(SVC, staticFieldInit("pkg.Config", "AUDIT"));
    f.instantiation(SVC, f.method("pkg.Client", "newAudit"));
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void plainClassNeverInstantiated_isClean() {
    f.classFact(SVC).publicConstructors();
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void interfaceOrRecordWithSingletonAnnotation_isNotSingleton() {
    f.classFact(SVC).kind(ClassKind.RECORD).annotated("Singleton");
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void singletonPopulatedInConstructor_isClean() {
    f.classFact(SVC).annotated("Service");
    f.instanceField(SVC, "history", newInstance("java.util.HashMap"));
    f.call(HISTORY, "put", 2).in(f.constructor(SVC)).fromParameter();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void singletonPopulatedInInstanceInitializer_isClean() {
    f.enumFact(SVC);
    f.instanceField(SVC, "history", newInstance("java.util.HashMap"));
    f.call(HISTORY, "put", 2).in(f.instanceInit(SVC));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void singletonPopulatedInPostConstruct_isClean() {
    f.classFact(SVC).annotated("Service");
    f.instanceField(SVC, "history", newInstance("java.util.HashMap"));
    f.call(HISTORY, "put", 2).in(f.postConstruct(SVC, "load"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void singletonPopulatedInPrivateHelperOfConstructor_isClean() {
    f.classFact(SVC).annotated("Service");
    f.instanceField(SVC, "history", newInstance("java.util.HashMap"));
    Member helper = f.privateMethod(SVC, "load");
    f.invokes(f.constructor(SVC), helper);
    f.call(HISTORY, "put", 2).in(helper);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void staticFieldOfSingletonGrownAtRunTime_isReportedAsStatic() {
    f.classFact(SVC).annotated("Service");
    f.staticField(SVC, "HISTORY", newInstance("java.util.HashMap"));
    f.call("pkg.AuditService.HISTORY", "put", 2).in(f.method(SVC, "record")).fromParameter();

    assertEquals(RuleId.UnboundedStaticCollection, only(f.judge()).rule());
  }

  @Test
  void staticFieldOfSingletonPopulatedInPostConstruct_isInitialisation() {
    f.classFact(SVC).annotated("Service");
    f.staticField(SVC, "HISTORY", newInstance("java.util.HashMap"));
    f.call("pkg.AuditService.HISTORY", "put", 2).in(f.postConstruct(SVC, "load"));

    assertEquals(List.of(), f.judge()); // the container calls it once: the class is a singleton
  }

  @Test
  void staticFieldPopulatedInPostConstructOfNonSingleton_isRunTime() {
    f.classFact(SVC);
    f.staticField(SVC, "HISTORY", newInstance("java.util.HashMap"));
    f.call("pkg.AuditService.HISTORY", "put", 2).in(f.postConstruct(SVC, "load"));

    assertEquals(RuleId.UnboundedStaticCollection, only(f.judge()).rule()); // once per instance, of many
  }

  @Test
  void extraSingletonAnnotationOption_makesSingleton() {
    f.classFact(SVC).annotated("com.acme.Managed");
    historyGrownAtRunTime();

    assertEquals(List.of(), f.judge());
    Options options = Options.DEFAULT.withSingletonAnnotations(java.util.Set.of("Managed"));
    assertEquals(RuleId.UnboundedSingletonCollection, only(f.judge(options)).rule());
  }
}
