package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.annotation;
import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.StaticGrowthTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A documented bound clears a holder; a blank one is reported; suppressions are by rule id. */
class DocumentedBoundTest {
  private static final String CLS = "pkg.Currencies";
  private static final String BY_CODE = "pkg.Currencies.BY_CODE";

  private final FactsFixture f = new FactsFixture();

  private FactsFixture.HolderSpec byCodeGrownAtRunTime() {
    FactsFixture.HolderSpec h = f.staticField(CLS, "BY_CODE", newInstance("java.util.HashMap"));
    f.call(BY_CODE, "put", 2).in(f.method(CLS, "register")).fromParameter();
    return h;
  }

  @Test
  void boundedAnnotationWithReason_isClean() {
    byCodeGrownAtRunTime().annotated(annotation("dev.leakguard.annotations.Bounded", "one per ISO code, ~180"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void evictedAnnotationFromAnyPackage_isClean() {
    byCodeGrownAtRunTime().annotated(annotation("com.acme.Evicted", "SessionListener removes the entry"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void boundedAnnotationBySimpleName_isClean() {
    byCodeGrownAtRunTime().annotated(annotation("Bounded", "one per tenant"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void boundCommentLine_isClean() {
    byCodeGrownAtRunTime().documented("// Bound: one entry per ISO currency code");

    assertEquals(List.of(), f.judge());
  }

  @Test
  void evictionLineInJavadoc_isClean() {
    byCodeGrownAtRunTime().documented("/**\n * Currencies by code.\n *\n * Eviction: reload() replaces the map\n */");

    assertEquals(List.of(), f.judge());
  }

  @Test
  void boundPrefixIsCaseInsensitive_isClean() {
    byCodeGrownAtRunTime().documented("/* BOUND: one per tenant */");

    assertEquals(List.of(), f.judge());
  }

  @Test
  void boundWordInsideSentence_doesNotCount() {
    byCodeGrownAtRunTime().documented("/** Unbound: grows forever. The bound: none. */");

    assertEquals(1, f.judge().size());
  }

  @Test
  void blankAnnotationReason_isReportedAsBlankReason() {
    byCodeGrownAtRunTime().annotated(annotation("Bounded", "  "));

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedStaticCollection, finding.rule());
    assertEquals(FindingKind.BLANK_REASON, finding.kind());
    assertTrue(finding.message().contains("@Bounded with a blank reason"), finding.message());
  }

  @Test
  void blankCommentReason_isReportedAsBlankReason() {
    byCodeGrownAtRunTime().documented("// Eviction:");

    assertEquals(FindingKind.BLANK_REASON, only(f.judge()).kind());
  }

  @Test
  void blankReasonWithoutGrowth_isStillReported() {
    f.staticField(CLS, "BY_CODE", newInstance("java.util.HashMap")).annotated(annotation("Evicted", ""));

    assertEquals(FindingKind.BLANK_REASON, only(f.judge()).kind());
  }

  @Test
  void blankAnnotationButReasonInComment_isClean() {
    byCodeGrownAtRunTime().annotated(annotation("Bounded", "")).documented("// Bound: one per ISO code");

    assertEquals(List.of(), f.judge());
  }

  @Test
  void blankReasonOnImmutableValue_isClean() {
    f.staticField(CLS, "BY_CODE", FactsFixture.staticCall("java.util.Map", "of")).annotated(annotation("Bounded", ""));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void suppressedByRuleId_isClean() {
    byCodeGrownAtRunTime().suppressing("UnboundedStaticCollection");

    assertEquals(List.of(), f.judge());
  }

  @Test
  void suppressedByFamilyKey_isClean() {
    byCodeGrownAtRunTime().suppressing("leakguard");

    assertEquals(List.of(), f.judge());
  }

  @Test
  void suppressedByUnrelatedKey_isReported() {
    byCodeGrownAtRunTime().suppressing("unchecked", "rawtypes");

    assertEquals(1, f.judge().size());
  }

  @Test
  void suppressedByAnotherRulesId_isReported() {
    byCodeGrownAtRunTime().suppressing("UnboundedSingletonCollection", "UnboundedCacheBuilder");

    assertEquals(1, f.judge().size());
  }

  @Test
  void suppressionAlsoSilencesBlankReason() {
    byCodeGrownAtRunTime().annotated(annotation("Bounded", "")).suppressing("leakguard");

    assertEquals(List.of(), f.judge());
  }
}
