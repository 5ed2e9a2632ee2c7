package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.enumType;
import static dev.leakguard.core.FactsFixture.invoke;
import static dev.leakguard.core.FactsFixture.name;
import static dev.leakguard.core.FactsFixture.newAnonymous;
import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.FactsFixture.num;
import static dev.leakguard.core.FactsFixture.staticCall;
import static dev.leakguard.core.FactsFixture.str;
import static dev.leakguard.core.FactsFixture.type;
import static dev.leakguard.core.StaticGrowthTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.model.Expr;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the holder's value is decides whether it is judged (DESIGN.md "Bounded or immutable"). */
class BoundedValuesTest {
  private static final String CLS = "pkg.Lookup";
  private static final String CACHE = "pkg.Lookup.CACHE";
  private static final String CAFFEINE = "com.github.benmanes.caffeine.cache.Caffeine";
  private static final String CACHE_BUILDER = "com.google.common.cache.CacheBuilder";

  private final FactsFixture f = new FactsFixture();

  /** {@code static <declared> CACHE = value;} and {@code CACHE.put(k, v)} in a public method. */
  private FactsFixture.HolderSpec cacheGrownBy(Expr value, String growth, int arity) {
    FactsFixture.HolderSpec h = f.staticField(CLS, "CACHE", value);
    f.call(CACHE, growth, arity).in(f.method(CLS, "lookup")).fromParameter();
    return h;
  }

  private FactsFixture.HolderSpec cacheGrownBy(Expr value) {
    return cacheGrownBy(value, "put", 2);
  }

  @Test
  void listOf_isClean() {
    cacheGrownBy(staticCall("java.util.List", "of", str("a")), "add", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void unmodifiableMapOfHashMap_isClean() {
    cacheGrownBy(staticCall("java.util.Collections", "unmodifiableMap", newInstance("java.util.HashMap")));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void synchronizedMapOfHashMap_staysUnbounded() {
    cacheGrownBy(staticCall("Collections", "synchronizedMap", newInstance("HashMap")));

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedStaticCollection, finding.rule());
    assertTrue(finding.steps().get(1).contains("Collections.synchronizedMap(HashMap)"), finding.steps().get(1));
  }

  @Test
  void newSetFromMapOfConcurrentHashMap_isUnboundedSet() {
    cacheGrownBy(staticCall("java.util.Collections", "newSetFromMap",
        newInstance("java.util.concurrent.ConcurrentHashMap")), "add", 1);

    assertTrue(only(f.judge()).message().startsWith("Static set "));
  }

  @Test
  void enumMap_isClean() {
    cacheGrownBy(newInstance("java.util.EnumMap", name("Color.class")));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void hashMapKeyedByKnownEnumDeclaredType_isClean() {
    cacheGrownBy(newInstance("java.util.HashMap"))
        .declaredAs(type("java.util.Map", enumType("java.util.concurrent.TimeUnit"), type("java.lang.String")));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void hashMapKeyedByKnownEnumTypeArgument_isClean() {
    cacheGrownBy(newInstance(type("java.util.HashMap", enumType("TimeUnit"), type("String"))));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void hashMapKeyedByProjectEnum_isClean() {
    f.enumFact("pkg.Color");
    cacheGrownBy(newInstance("java.util.HashMap"))
        .declaredAs(type("java.util.Map", type("pkg.Color"), type("java.lang.String")));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void hashMapKeyedByProjectClass_isReported() {
    f.classFact("pkg.Color");
    cacheGrownBy(newInstance("java.util.HashMap"))
        .declaredAs(type("java.util.Map", type("pkg.Color"), type("java.lang.String")));

    assertEquals(1, f.judge().size());
  }

  @Test
  void hashSetOfBoolean_isClean() {
    cacheGrownBy(newInstance("java.util.HashSet"), "add", 1)
        .declaredAs(type("java.util.Set", type("java.lang.Boolean")));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void enumKeyedMultimap_staysUnbounded() {
    cacheGrownBy(staticCall("com.google.common.collect.ArrayListMultimap", "create"))
        .declaredAs(type("com.google.common.collect.Multimap", enumType("pkg.Color"), type("String")));

    assertEquals(1, f.judge().size());
  }

  @Test
  void linkedBlockingQueueWithCapacity_isClean() {
    cacheGrownBy(newInstance("java.util.concurrent.LinkedBlockingQueue", num("1000")), "offer", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void linkedBlockingQueueWithCapacityConstant_isClean() {
    cacheGrownBy(newInstance("java.util.concurrent.LinkedBlockingQueue", name("MAX_SIZE")), "offer", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void linkedBlockingQueueWithPluralCapacityConstant_isClean() {
    cacheGrownBy(newInstance("java.util.concurrent.LinkedBlockingQueue", name("MAX_PENDING_JOBS")), "offer", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void linkedBlockingQueueWithCamelCaseCapacityField_isClean() {
    cacheGrownBy(newInstance("java.util.concurrent.LinkedBlockingQueue", name("this.maxEntries")), "offer", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void linkedBlockingQueueCopyingAccounts_isReported() {
    cacheGrownBy(newInstance("java.util.concurrent.LinkedBlockingQueue", name("accounts")), "offer", 1);

    assertEquals(1, f.judge().size());
  }

  @Test
  void linkedBlockingQueueWithoutCapacity_isReported() {
    cacheGrownBy(newInstance("java.util.concurrent.LinkedBlockingQueue"), "offer", 1);

    assertTrue(only(f.judge()).message().startsWith("Static queue 'Lookup.CACHE'"));
  }

  @Test
  void linkedBlockingQueueCopyingACollection_isReported() {
    cacheGrownBy(newInstance("java.util.concurrent.LinkedBlockingQueue", name("pendingTasks")), "offer", 1);

    assertEquals(1, f.judge().size());
  }

  @Test
  void anonymousLinkedHashMapWithRemoveEldestEntry_isClean() {
    cacheGrownBy(newAnonymous("java.util.LinkedHashMap", "removeEldestEntry"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void anonymousLinkedHashMapWithoutRemoveEldestEntry_isReported() {
    cacheGrownBy(newAnonymous("java.util.LinkedHashMap", "toString"));

    assertEquals(1, f.judge().size());
  }

  @Test
  void projectSubclassOverridingRemoveEldestEntry_isClean() {
    f.classFact("pkg.LruMap").extending("java.util.LinkedHashMap").declaring("removeEldestEntry");
    cacheGrownBy(newInstance("pkg.LruMap", num("100")));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void projectSubclassOfHashMap_isReported() {
    f.classFact("pkg.Index").extending("java.util.HashMap");
    cacheGrownBy(newInstance("pkg.Index"));

    assertEquals(1, f.judge().size());
  }

  @Test
  void projectSubclassOfProjectLruSubclass_isClean() {
    f.classFact("pkg.LruMap").extending("java.util.LinkedHashMap").declaring("removeEldestEntry");
    f.classFact("pkg.NamedLruMap").extending("pkg.LruMap");
    cacheGrownBy(newInstance("pkg.NamedLruMap"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void guavaNewHashMap_isReported() {
    cacheGrownBy(staticCall("com.google.common.collect.Maps", "newHashMap"));

    assertEquals(RuleId.UnboundedStaticCollection, only(f.judge()).rule());
  }

  @Test
  void guavaImmutableMapBuilderChain_isClean() {
    cacheGrownBy(invoke(invoke(staticCall("ImmutableMap", "builder"), "put", str("a"), str("b")), "build"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void caffeineWithoutBound_isUnboundedCacheBuilder() {
    cacheGrownBy(invoke(invoke(staticCall(CAFFEINE, "newBuilder"), "recordStats"), "build"));

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedCacheBuilder, finding.rule());
    assertEquals(FindingKind.UNBOUNDED_CACHE, finding.kind());
    assertTrue(finding.message().contains("is built with no size, time or reference bound"), finding.message());
  }

  @Test
  void caffeineWithMaximumSize_isClean() {
    cacheGrownBy(invoke(invoke(staticCall(CAFFEINE, "newBuilder"), "maximumSize", num("10_000")), "build"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void caffeineGetWithLoader_grows() {
    cacheGrownBy(invoke(staticCall("Caffeine", "newBuilder"), "build"), "get", 2);

    assertEquals(FindingKind.UNBOUNDED_CACHE, only(f.judge()).kind());
  }

  @Test
  void caffeineGetIfPresent_doesNotGrow() {
    cacheGrownBy(invoke(staticCall("Caffeine", "newBuilder"), "build"), "getIfPresent", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void caffeineSpecWithMaximumSize_isClean() {
    cacheGrownBy(invoke(staticCall(CAFFEINE, "from", str("maximumSize=10")), "build"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void caffeineSpecWithoutBound_isUnboundedCacheBuilder() {
    cacheGrownBy(invoke(staticCall(CAFFEINE, "from", str("recordStats")), "build"));

    assertEquals(RuleId.UnboundedCacheBuilder, only(f.judge()).rule());
  }

  @Test
  void caffeineSpecFromConfiguration_isClean() {
    cacheGrownBy(invoke(staticCall(CAFFEINE, "from", name("spec")), "build"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void guavaLoadingCacheWithoutBound_grownByGetUnchecked_isUnboundedLoadingCache() {
    cacheGrownBy(invoke(staticCall(CACHE_BUILDER, "newBuilder"), "build", name("loader")), "getUnchecked", 1);

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedCacheBuilder, finding.rule());
    assertEquals(FindingKind.UNBOUNDED_CACHE, finding.kind());
    assertTrue(finding.message().startsWith("Static loading cache 'Lookup.CACHE'"), finding.message());
    assertEquals("getUnchecked", finding.growthSites().get(0).call());
  }

  @Test
  void guavaPlainCacheGetUnchecked_doesNotGrow() {
    cacheGrownBy(invoke(staticCall(CACHE_BUILDER, "newBuilder"), "build"), "getUnchecked", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void guavaCacheWithExpireAfterWrite_isClean() {
    cacheGrownBy(invoke(invoke(staticCall(CACHE_BUILDER, "newBuilder"), "expireAfterWrite", num("10"), name("MINUTES")),
        "build", name("loader")), "getUnchecked", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void mapMakerWithWeakKeys_isClean() {
    cacheGrownBy(invoke(invoke(newInstance("com.google.common.collect.MapMaker"), "weakKeys"), "makeMap"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void mapMakerWithoutWeakReferences_isUnboundedMap() {
    cacheGrownBy(invoke(invoke(newInstance("MapMaker"), "concurrencyLevel", num("4")), "makeMap"));

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedStaticCollection, finding.rule());
  }

  @Test
  void cache2kBuilder_isBoundedByDefault() {
    cacheGrownBy(invoke(invoke(staticCall("org.cache2k.Cache2kBuilder", "of", name("String.class"), name("String.class")),
        "name", str("users")), "build"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void springConcurrentMapCache_isUnboundedCacheBuilder() {
    cacheGrownBy(newInstance("org.springframework.cache.concurrent.ConcurrentMapCache", str("users")));

    assertEquals(RuleId.UnboundedCacheBuilder, only(f.judge()).rule());
  }

  @Test
  void commonsLruMap_isClean() {
    cacheGrownBy(newInstance("org.apache.commons.collections4.map.LRUMap", num("100")));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void projectClassImplementingBoundedMap_isClean() {
    f.classFact("pkg.Ring").extending("org.apache.commons.collections4.BoundedMap", "java.util.HashMap");
    cacheGrownBy(newInstance("pkg.Ring"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void weakHashMap_isCleanByDefault() {
    cacheGrownBy(newInstance("java.util.WeakHashMap"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void weakHashMap_isReportedWhenWeakCollectionsDoNotEvict() {
    cacheGrownBy(newInstance("java.util.WeakHashMap"));

    Finding finding = only(f.judge(Options.DEFAULT.withWeakCollectionsEvict(false)));

    assertEquals(RuleId.UnboundedStaticCollection, finding.rule());
    assertEquals(FindingKind.GROWTH, finding.kind());
  }

  @Test
  void weakHashMap_isCleanInStrictModeWhenWeakCollectionsEvict() {
    f.staticField(CLS, "CACHE", newInstance("java.util.WeakHashMap"));

    assertEquals(List.of(), f.judge(FactsFixture.strict()));
  }

  @Test
  void weakHashMap_isReportedInStrictModeWhenWeakCollectionsDoNotEvict() {
    f.staticField(CLS, "CACHE", newInstance("java.util.WeakHashMap"));

    Finding finding = only(f.judge(FactsFixture.strict().withWeakCollectionsEvict(false)));

    assertEquals(FindingKind.STRICT, finding.kind());
    assertTrue(finding.message().contains("holds weak or soft references"), finding.message());
  }

  @Test
  void newSetFromWeakHashMap_isCleanByDefault() {
    cacheGrownBy(staticCall("java.util.Collections", "newSetFromMap", newInstance("java.util.WeakHashMap")), "add", 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void boundedTypesOption_clearsAProjectType() {
    f.classFact("pkg.RingBuffer").extending("java.util.ArrayList");
    cacheGrownBy(newInstance("pkg.RingBuffer"), "add", 1);
    assertEquals(1, f.judge().size());

    assertEquals(List.of(), f.judge(Options.DEFAULT.withBoundedTypes(Set.of("RingBuffer"))));
    assertEquals(List.of(), f.judge(Options.DEFAULT.withBoundedTypes(Set.of("pkg.RingBuffer"))));
  }

  @Test
  void boundedTypesOption_clearsAnUnresolvedSimpleName() {
    cacheGrownBy(newInstance("ArrayList"), "add", 1);

    assertEquals(List.of(), f.judge(Options.DEFAULT.withBoundedTypes(Set.of("java.util.ArrayList"))));
  }
}
