package dev.leakguard.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnboundedCacheBuilderTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnboundedCacheBuilder.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(UnboundedCacheBuilder.class, getClass());

  @Test
  void caffeineWithoutBound() {
    helper
        .addSourceLines(
            "Geo.java",
            """
            package com.example;
            import com.github.benmanes.caffeine.cache.Cache;
            import com.github.benmanes.caffeine.cache.Caffeine;
            final class Geo {
              // BUG: Diagnostic contains: Static cache 'Geo.CODES' is built with no size, time or reference bound
              private static final Cache<String, String> CODES = Caffeine.newBuilder().build();
              static String code(String address) {
                return CODES.get(address, a -> "geo:" + a);
              }
            }
            """)
        .doTest();
  }

  @Test
  void boundedCaches_areClean() {
    helper
        .addSourceLines(
            "Bounded.java",
            """
            package com.example;
            import com.github.benmanes.caffeine.cache.Cache;
            import com.github.benmanes.caffeine.cache.Caffeine;
            import com.google.common.cache.CacheBuilder;
            import java.time.Duration;
            final class Bounded {
              private static final Cache<String, String> A = Caffeine.newBuilder().maximumSize(100).build();
              private static final Cache<String, String> B =
                  Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();
              private static final com.google.common.cache.Cache<String, String> C =
                  CacheBuilder.newBuilder().weakValues().build();
              private static final Cache<String, String> D = Caffeine.from("maximumSize=10").build();
              static void put(String k, String v) {
                A.put(k, v);
                B.put(k, v);
                C.put(k, v);
                D.put(k, v);
              }
            }
            """)
        .doTest();
  }

  @Test
  void fix_addsMaximumSizeBeforeBuild_caffeine() {
    refactoring
        .addInputLines(
            "Geo.java",
            """
            package com.example;
            import com.github.benmanes.caffeine.cache.Cache;
            import com.github.benmanes.caffeine.cache.Caffeine;
            final class Geo {
              private static final Cache<String, String> CODES = Caffeine.newBuilder().recordStats().build();
              static void put(String k, String v) {
                CODES.put(k, v);
              }
            }
            """)
        .addOutputLines(
            "Geo.java",
            """
            package com.example;
            import com.github.benmanes.caffeine.cache.Cache;
            import com.github.benmanes.caffeine.cache.Caffeine;
            final class Geo {
              private static final Cache<String, String> CODES =
                  Caffeine.newBuilder().recordStats().maximumSize(10_000).build();
              static void put(String k, String v) {
                CODES.put(k, v);
              }
            }
            """)
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void fix_addsMaximumSizeBeforeBuild_guavaLoadingCache() {
    refactoring
        .addInputLines(
            "Users.java",
            """
            package com.example;
            import com.google.common.cache.CacheBuilder;
            import com.google.common.cache.CacheLoader;
            import com.google.common.cache.LoadingCache;
            enum Users {
              INSTANCE;
              private final LoadingCache<String, String> names =
                  CacheBuilder.newBuilder().build(CacheLoader.from(id -> "user " + id));
              String name(String id) {
                return names.getUnchecked(id);
              }
            }
            """)
        .addOutputLines(
            "Users.java",
            """
            package com.example;
            import com.google.common.cache.CacheBuilder;
            import com.google.common.cache.CacheLoader;
            import com.google.common.cache.LoadingCache;
            enum Users {
              INSTANCE;
              private final LoadingCache<String, String> names =
                  CacheBuilder.newBuilder().maximumSize(10_000).build(CacheLoader.from(id -> "user " + id));
              String name(String id) {
                return names.getUnchecked(id);
              }
            }
            """)
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void noFix_withWeigher() {
    refactoring
        .addInputLines(
            "Blobs.java",
            """
            package com.example;
            import com.github.benmanes.caffeine.cache.Cache;
            import com.github.benmanes.caffeine.cache.Caffeine;
            final class Blobs {
              private static final Cache<String, byte[]> BLOBS =
                  Caffeine.newBuilder().weigher((String k, byte[] v) -> v.length).build();
              static void put(String k, byte[] v) {
                BLOBS.put(k, v);
              }
            }
            """)
        .expectUnchanged()
        .doTest();
  }

  @Test
  void strictMode_flagsUnusedCache() {
    helper
        .setArgs("-XepOpt:Leakguard:RequireGrowthEvidence=false")
        .addSourceLines(
            "Idle.java",
            """
            package com.example;
            import com.github.benmanes.caffeine.cache.Cache;
            import com.github.benmanes.caffeine.cache.Caffeine;
            final class Idle {
              // BUG: Diagnostic contains: Static cache 'Idle.C' is built with no size, time or reference bound
              static final Cache<String, String> C = Caffeine.newBuilder().build();
            }
            """)
        .doTest();
  }
}
