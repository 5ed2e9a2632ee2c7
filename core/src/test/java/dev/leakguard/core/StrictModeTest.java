package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.annotation;
import static dev.leakguard.core.FactsFixture.invoke;
import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.FactsFixture.staticCall;
import static dev.leakguard.core.FactsFixture.strict;
import static dev.leakguard.core.StaticGrowthTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict mode (requireGrowthEvidence=false) flags every mutable unbounded holder without a bound. */
class StrictModeTest {
  private static final String CLS = "pkg.Listeners";
  private static final String ALL = "pkg.Listeners.ALL";

  private final FactsFixture f = new FactsFixture();

  @Test
  void noGrowthSeen_isReportedAsStrict() {
    f.staticField(CLS, "ALL", newInstance("java.util.concurrent.CopyOnWriteArrayList"));

    Finding finding = only(f.judge(strict()));

    assertEquals(RuleId.UnboundedStaticCollection, finding.rule());
    assertEquals(FindingKind.STRICT, finding.kind());
    assertEquals(Confidence.NORMAL, finding.confidence());
    assertEquals(List.of(), finding.growthSites());
    assertTrue(finding.message().contains("is mutable and unbounded"), finding.message());
  }

  @Test
  void noGrowthSeen_isCleanInPreciseMode() {
    f.staticField(CLS, "ALL", newInstance("java.util.concurrent.CopyOnWriteArrayList"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthOnlyDuringInit_isReportedAsStrict() {
    f.staticField(CLS, "ALL", newInstance("java.util.ArrayList"));
    f.call(ALL, "add", 1).in(f.staticInit(CLS));

    assertEquals(FindingKind.STRICT, only(f.judge(strict())).kind());
  }

  @Test
  void runtimeGrowth_isStillGrowthInStrictMode() {
    f.staticField(CLS, "ALL", newInstance("java.util.ArrayList"));
    f.call(ALL, "add", 1).in(f.method(CLS, "remember")).fromParameter();

    Finding finding = only(f.judge(strict()));

    assertEquals(FindingKind.GROWTH, finding.kind());
    assertEquals(Confidence.HIGH, finding.confidence());
  }

  @Test
  void documented_isCleanInStrictMode() {
    f.staticField(CLS, "ALL", newInstance("java.util.ArrayList")).annotated(annotation("Bounded", "one per plugin"));

    assertEquals(List.of(), f.judge(strict()));
  }

  @Test
  void immutable_isCleanInStrictMode() {
    f.staticField(CLS, "ALL", staticCall("java.util.List", "of"));

    assertEquals(List.of(), f.judge(strict()));
  }

  @Test
  void evicted_isCleanInStrictMode() {
    f.staticField(CLS, "ALL", newInstance("java.util.ArrayList"));
    f.call(ALL, "remove", 1);

    assertEquals(List.of(), f.judge(strict()));
  }

  @Test
  void unboundedCacheWithoutGrowth_isReportedAsUnboundedCache() {
    f.staticField(CLS, "ALL", invoke(staticCall("Caffeine", "newBuilder"), "build"));

    Finding finding = only(f.judge(strict()));

    assertEquals(RuleId.UnboundedCacheBuilder, finding.rule());
    assertEquals(FindingKind.UNBOUNDED_CACHE, finding.kind());
  }

  @Test
  void singletonFieldWithoutGrowth_isReportedAsStrict() {
    f.classFact("pkg.Registry").annotated("Singleton");
    f.instanceField("pkg.Registry", "entries", newInstance("java.util.HashMap"));

    Finding finding = only(f.judge(strict()));

    assertEquals(RuleId.UnboundedSingletonCollection, finding.rule());
    assertEquals(FindingKind.STRICT, finding.kind());
  }
}
