package dev.leakguard.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.AbstractList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What has a size, read reflectively where no compile dependency exists. */
class SizesTest {

  @Test
  void collectionsMapsArraysAndNull() {
    assertEquals(3, Sizes.of(List.of(1, 2, 3)).entries());
    assertEquals(1, Sizes.of(Map.of("a", 1)).entries());
    assertEquals(4, Sizes.of(new int[4]).entries());
    assertEquals(0, Sizes.of(null).entries());
  }

  @Test
  void caffeineCache_byEstimatedSize_throughItsPublicInterface() {
    Cache<String, String> cache = Caffeine.newBuilder().executor(Runnable::run).build();
    cache.put("a", "1");
    cache.put("b", "2");
    assertTrue(Sizes.sizable(cache.getClass()));
    assertEquals(2, Sizes.of(cache).entries());
  }

  @Test
  void typeWithoutASize_isNotSizable() {
    assertFalse(Sizes.sizable(StringBuilder.class));
    assertFalse(Sizes.sizable(Object.class));
  }

  @Test
  void concurrentModification_isRetried_thenMarkedUnreadable() {
    int[] calls = {0};
    List<String> flaky = new AbstractList<>() {
      @Override
      public String get(int index) {
        return "x";
      }

      @Override
      public int size() {
        if (calls[0]++ < Sizes.RETRIES - 1) {
          throw new ConcurrentModificationException();
        }
        return 7;
      }
    };
    assertEquals(7, Sizes.of(flaky).entries());
    List<String> broken = new AbstractList<>() {
      @Override
      public String get(int index) {
        return "x";
      }

      @Override
      public int size() {
        throw new ConcurrentModificationException();
      }
    };
    Sizes.Size s = Sizes.of(broken);
    assertFalse(s.readable());
    assertTrue(s.problem().contains("modified concurrently"), s.problem());
  }
}
