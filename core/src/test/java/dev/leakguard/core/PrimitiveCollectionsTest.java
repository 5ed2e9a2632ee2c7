package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.FactsFixture.staticCall;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.core.catalog.Effect;
import dev.leakguard.core.catalog.MethodSemantics;
import dev.leakguard.core.catalog.Shape;
import dev.leakguard.core.model.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The primitive collection libraries (fastutil, Eclipse Collections, HPPC, Trove, Agrona): their
 * containers grow and shrink through their own method names too. The conformance cases compile
 * against a fixed set of libraries that does not include these, so the catalog's entries are
 * pinned here, on facts.
 */
class PrimitiveCollectionsTest {
  private static final String CLS = "pkg.Index";
  private static final String HOLDER = "pkg.Index.BY_ID";

  private final FactsFixture f = new FactsFixture();

  private List<Finding> grownBy(Expr value, String growth, int arity) {
    f.staticField(CLS, "BY_ID", value);
    f.call(HOLDER, growth, arity).in(f.method(CLS, "record")).fromParameter();
    return f.judge();
  }

  @Test
  void fastutilMap_grownByPut_isReported() {
    List<Finding> findings = grownBy(newInstance("it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap"), "put", 2);
    assertEquals(1, findings.size());
    assertEquals(HOLDER, findings.get(0).holder());
  }

  @Test
  void fastutilCounterMap_grownByAddTo_isReported() {
    assertEquals(1, grownBy(newInstance("it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap"), "addTo", 2).size());
  }

  @Test
  void fastutilList_and_queue_areJudged() {
    assertEquals(1, grownBy(newInstance("it.unimi.dsi.fastutil.ints.IntArrayList"), "add", 1).size());
  }

  @Test
  void eclipseUnifiedMap_fromItsFactory_grownByGetIfAbsentPut_isReported() {
    Expr made = staticCall("org.eclipse.collections.impl.map.mutable.UnifiedMap", "newMap");
    assertEquals(1, grownBy(made, "getIfAbsentPut", 2).size());
  }

  @Test
  void eclipsePrimitiveMap_evictedByRemoveKey_isClean() {
    f.staticField(CLS, "BY_ID", newInstance("org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap"));
    f.call(HOLDER, "put", 2).in(f.method(CLS, "record")).fromParameter();
    f.call(HOLDER, "removeKey", 1).in(f.method(CLS, "forget"));
    assertEquals(List.of(), f.judge());
  }

  @Test
  void fastutilList_evictedByRemoveInt_isClean() {
    f.staticField(CLS, "BY_ID", newInstance("it.unimi.dsi.fastutil.ints.IntArrayList"));
    f.call(HOLDER, "add", 1).in(f.method(CLS, "record")).fromParameter();
    f.call(HOLDER, "removeInt", 1).in(f.method(CLS, "forget"));
    assertEquals(List.of(), f.judge());
  }

  @Test
  void hppcMap_grownByPutOrAdd_and_troveMap_grownByAdjustOrPutValue_areReported() {
    assertEquals(1, grownBy(newInstance("com.carrotsearch.hppc.ObjectIntHashMap"), "putOrAdd", 3).size());
    FactsFixture trove = new FactsFixture();
    trove.staticField(CLS, "BY_ID", newInstance("gnu.trove.map.hash.TObjectIntHashMap"));
    trove.call(HOLDER, "adjustOrPutValue", 3).in(trove.method(CLS, "record")).fromParameter();
    assertEquals(1, trove.judge().size());
  }

  @Test
  void agronaLruCache_isBounded() {
    assertEquals(List.of(), grownBy(newInstance("org.agrona.collections.IntLruCache"), "put", 2));
  }

  @Test
  void semantics_ofTheLibrariesOwnNames() {
    assertEquals(Effect.GROW, MethodSemantics.effectOf(List.of("getIfAbsentPut", "add"), 1, Shape.MAP));
    assertEquals(Effect.SHRINK, MethodSemantics.effectOf(List.of("dequeueInt"), 0, Shape.QUEUE));
    assertEquals(Effect.SHRINK, MethodSemantics.effectOf(List.of("rem"), 1, Shape.SET));
  }
}
