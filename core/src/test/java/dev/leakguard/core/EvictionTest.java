package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.FactsFixture.nullValue;
import static dev.leakguard.core.StaticGrowthTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.core.model.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any eviction evidence clears the holder (DESIGN.md "Eviction evidence"). */
class EvictionTest {
  private static final String CLS = "pkg.SessionTracker";
  private static final String SESSIONS = "pkg.SessionTracker.SESSIONS";

  private final FactsFixture f = new FactsFixture();
  private Member open;

  /** {@code static Map SESSIONS = new HashMap<>()}, {@code SESSIONS.put(id, s)} in {@code open}. */
  private void sessionsGrownInOpen() {
    f.staticField(CLS, "SESSIONS", newInstance("java.util.concurrent.ConcurrentHashMap"));
    open = f.method(CLS, "open");
    f.call(SESSIONS, "put", 2).in(open).fromParameter();
  }

  @Test
  void growthWithoutEviction_isReported() {
    sessionsGrownInOpen();

    assertEquals(1, f.judge().size());
  }

  @Test
  void removeElsewhere_isClean() {
    sessionsGrownInOpen();
    f.call(SESSIONS, "remove", 1).in(f.method(CLS, "close"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void clear_isClean() {
    sessionsGrownInOpen();
    f.call(SESSIONS, "clear", 0).in(f.method(CLS, "reset"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void iteratorRemoveOnEntrySet_isClean() {
    sessionsGrownInOpen();
    f.calls(SESSIONS, List.of("entrySet", "iterator", "remove"), 0).in(f.method(CLS, "expire"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void removeOnKeySet_isClean() {
    sessionsGrownInOpen();
    f.calls(SESSIONS, List.of("keySet", "remove"), 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void removeIfOnValues_isClean() {
    sessionsGrownInOpen();
    f.calls(SESSIONS, List.of("values", "removeIf"), 1);

    assertEquals(List.of(), f.judge());
  }

  @Test
  void removeFromNestedCollection_doesNotCount() {
    sessionsGrownInOpen();
    f.calls(SESSIONS, List.of("get", "remove"), 1).in(f.method(CLS, "forget"));

    assertEquals(1, f.judge().size());
  }

  @Test
  void runtimeReassignmentToFreshCollection_isClean() {
    sessionsGrownInOpen();
    f.assign(SESSIONS, newInstance("java.util.concurrent.ConcurrentHashMap")).in(f.method(CLS, "rotate"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void reassignmentDuringStaticInit_doesNotCount() {
    sessionsGrownInOpen();
    f.assign(SESSIONS, newInstance("java.util.concurrent.ConcurrentHashMap")).in(f.staticInit(CLS));

    assertEquals(1, f.judge().size());
  }

  @Test
  void lazyInitialisationBySingleRuntimeAssignment_doesNotCount() {
    f.staticField(CLS, "SESSIONS", null);
    f.assign(SESSIONS, newInstance("java.util.HashMap")).in(f.method(CLS, "sessions"));
    f.call(SESSIONS, "put", 2).in(f.method(CLS, "open")).fromParameter();

    Finding finding = only(f.judge());

    assertEquals(RuleId.UnboundedStaticCollection, finding.rule());
  }

  @Test
  void lazyInitialisationOverNullInitializer_doesNotCount() {
    f.staticField(CLS, "SESSIONS", nullValue());
    f.assign(SESSIONS, newInstance("java.util.HashMap")).in(f.method(CLS, "sessions"));
    f.call(SESSIONS, "put", 2).in(f.method(CLS, "open"));

    assertEquals(1, f.judge().size());
  }

  @Test
  void twoRuntimeCreationsWithoutInitializer_isClean() {
    f.staticField(CLS, "SESSIONS", null);
    f.assign(SESSIONS, newInstance("java.util.HashMap")).in(f.method(CLS, "sessions"));
    f.assign(SESSIONS, newInstance("java.util.HashMap")).in(f.method(CLS, "rotate"));
    f.call(SESSIONS, "put", 2).in(f.method(CLS, "open"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void nullAssignmentAtRunTime_isClean() {
    sessionsGrownInOpen();
    f.assign(SESSIONS, nullValue()).in(f.method(CLS, "shutdown"));

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthGuardedBySizeComparisonInSameMember_isClean() {
    sessionsGrownInOpen();
    f.call(SESSIONS, "size", 0).in(open).compared();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void growthGuardedByIsEmptyConditionInSameMember_isClean() {
    sessionsGrownInOpen();
    f.call(SESSIONS, "isEmpty", 0).in(open).compared();

    assertEquals(List.of(), f.judge());
  }

  @Test
  void sizeReadButNotCompared_doesNotCount() {
    sessionsGrownInOpen();
    f.call(SESSIONS, "size", 0).in(open);

    assertEquals(1, f.judge().size());
  }

  @Test
  void sizeComparedInAnotherMember_doesNotCount() {
    sessionsGrownInOpen();
    f.call(SESSIONS, "size", 0).in(f.method(CLS, "metrics")).compared();

    assertEquals(1, f.judge().size());
  }

  @Test
  void nestedSizeCompared_doesNotCount() {
    sessionsGrownInOpen();
    f.calls(SESSIONS, List.of("get", "size"), 0).in(open).compared();

    assertEquals(1, f.judge().size());
  }

  @Test
  void singletonReassignedInConstructor_doesNotCountAsEviction() {
    f.enumFact(CLS);
    f.instanceField(CLS, "sessions", null);
    f.assign("pkg.SessionTracker.sessions", newInstance("java.util.HashMap")).in(f.constructor(CLS));
    f.call("pkg.SessionTracker.sessions", "put", 2).in(f.method(CLS, "open"));

    assertEquals(RuleId.UnboundedSingletonCollection, only(f.judge()).rule());
  }
}
