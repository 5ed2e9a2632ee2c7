package dev.leakguard.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnboundedStaticCollectionTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnboundedStaticCollection.class, getClass());

  @Test
  void growsInPublicMethod() {
    helper
        .addSourceLines(
            "Registry.java",
            """
            package com.example;
            import java.util.HashMap;
            import java.util.Map;
            final class Registry {
              // BUG: Diagnostic contains: Static map 'Registry.SERVICES' grows at Registry.java:9 in 'register'
              private static final Map<String, Object> SERVICES = new HashMap<>();
              private Registry() {}
              static void register(String name, Object service) {
                SERVICES.put(name, service);
              }
            }
            """)
        .doTest();
  }

  @Test
  void growsThroughThisAndCastAndParentheses() {
    helper
        .addSourceLines(
            "Audit.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            class Audit {
              // BUG: Diagnostic contains: Static list 'Audit.EVENTS'
              static List<String> EVENTS = new ArrayList<>();
              // BUG: Diagnostic contains: Static list 'Audit.OTHER'
              static Object OTHER = new ArrayList<String>();
              @SuppressWarnings("unchecked")
              void record(String event) {
                (Audit.EVENTS).add(event);
                ((List<String>) OTHER).add(event);
              }
            }
            """)
        .doTest();
  }

  @Test
  void initialisationOnly_isClean() {
    helper
        .addSourceLines(
            "Codes.java",
            """
            package com.example;
            import java.util.HashMap;
            import java.util.Map;
            final class Codes {
              private static final Map<String, Integer> CODES = new HashMap<>();
              static {
                CODES.put("a", 1);
                fill();
              }
              private static void fill() {
                CODES.put("b", 2);
              }
              static Integer code(String name) {
                return CODES.get(name);
              }
            }
            """)
        .doTest();
  }

  @Test
  void evicted_isClean() {
    helper
        .addSourceLines(
            "Sessions.java",
            """
            package com.example;
            import java.util.concurrent.ConcurrentHashMap;
            import java.util.Map;
            final class Sessions {
              private static final Map<String, Long> OPEN = new ConcurrentHashMap<>();
              static void open(String id) {
                OPEN.put(id, System.nanoTime());
              }
              static void close(String id) {
                OPEN.remove(id);
              }
            }
            """)
        .doTest();
  }

  @Test
  void documentedBound_isClean() {
    helper
        .addSourceLines(
            "Tenants.java",
            """
            package com.example;
            import java.util.HashMap;
            import java.util.Map;
            final class Tenants {
              /**
               * Settings per tenant.
               *
               * Bound: one entry per tenant, fewer than 500.
               */
              private static final Map<String, String> SETTINGS = new HashMap<>();
              private static final Map<String, String> REGIONS = new HashMap<>(); // Eviction: cleared by the nightly job
              static void set(String tenant, String value) {
                SETTINGS.put(tenant, value);
                REGIONS.put(tenant, value);
              }
            }
            """)
        .doTest();
  }

  @Test
  void blankReason_isReported() {
    helper
        .addSourceLines(
            "Blank.java",
            """
            package com.example;
            import dev.leakguard.annotations.Bounded;
            import java.util.HashSet;
            import java.util.Set;
            final class Blank {
              @Bounded("  ")
              // BUG: Diagnostic contains: documents its bound with @Bounded with a blank reason
              private static final Set<String> SEEN = new HashSet<>();
              static void see(String s) {
                SEEN.add(s);
              }
            }
            """)
        .doTest();
  }

  @Test
  void suppressedByRuleIdOrLeakguard() {
    helper
        .addSourceLines(
            "Suppressed.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            final class Suppressed {
              @SuppressWarnings("UnboundedStaticCollection")
              private static final List<String> A = new ArrayList<>();
              @SuppressWarnings({"unchecked", "leakguard"})
              private static final List<String> B = new ArrayList<>();
              @SuppressWarnings("UnboundedCacheBuilder") // another rule: does not apply
              // BUG: Diagnostic contains: Static list 'Suppressed.C'
              private static final List<String> C = new ArrayList<>();
              static void add(String s) {
                A.add(s);
                B.add(s);
                C.add(s);
              }
              @SuppressWarnings("leakguard")
              static final class Inner {
                private static final List<String> D = new ArrayList<>();
                static void add(String s) {
                  D.add(s);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void strictMode_flagsWithoutGrowth() {
    helper
        .setArgs("-XepOpt:Leakguard:RequireGrowthEvidence=false")
        .addSourceLines(
            "Strict.java",
            """
            package com.example;
            import java.util.HashMap;
            import java.util.Map;
            final class Strict {
              // BUG: Diagnostic contains: is mutable and unbounded, and no documented bound was found (strict mode
              static final Map<String, String> LOOKUP = new HashMap<>();
              static final Map<String, String> FIXED = Map.of("a", "b");
            }
            """)
        .doTest();
  }

  @Test
  void defaultMode_needsGrowth() {
    helper
        .addSourceLines(
            "Lenient.java",
            """
            package com.example;
            import java.util.HashMap;
            import java.util.Map;
            final class Lenient {
              static final Map<String, String> LOOKUP = new HashMap<>();
            }
            """)
        .doTest();
  }

  @Test
  void boundedTypesFlag() {
    helper
        .setArgs("-XepOpt:Leakguard:BoundedTypes=com.example.Recent.RingBuffer")
        .addSourceLines(
            "Recent.java",
            """
            package com.example;
            import java.util.ArrayList;
            final class Recent {
              static final class RingBuffer<T> extends ArrayList<T> {}
              private static final RingBuffer<String> LAST = new RingBuffer<>();
              static void saw(String s) {
                LAST.add(s);
              }
            }
            """)
        .doTest();
  }

  @Test
  void userSubclassOfGrowableCollection_withoutFlag() {
    helper
        .addSourceLines(
            "Recent.java",
            """
            package com.example;
            import java.util.ArrayList;
            final class Recent {
              static final class RingBuffer<T> extends ArrayList<T> {}
              // BUG: Diagnostic contains: Static list 'Recent.LAST'
              private static final RingBuffer<String> LAST = new RingBuffer<>();
              static void saw(String s) {
                LAST.add(s);
              }
            }
            """)
        .doTest();
  }

  @Test
  void weakCollectionsEvictFlag() {
    String source =
        """
        package com.example;
        import java.util.Map;
        import java.util.WeakHashMap;
        final class Weak {
          // BUG: Diagnostic contains: Static map 'Weak.META'
          private static final Map<Object, String> META = new WeakHashMap<>();
          static void tag(Object o, String s) {
            META.put(o, s);
          }
        }
        """;
    helper.setArgs("-XepOpt:Leakguard:WeakCollectionsEvict=false").addSourceLines("Weak.java", source).doTest();
    CompilationTestHelper.newInstance(UnboundedStaticCollection.class, getClass())
        .addSourceLines("Weak.java", source.replace("  // BUG: Diagnostic contains: Static map 'Weak.META'\n", ""))
        .doTest();
  }

  @Test
  void errorProneSeverityFlagApplies() {
    helper
        .setArgs("-Xep:UnboundedStaticCollection:OFF")
        .addSourceLines(
            "Off.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            final class Off {
              static final List<String> ALL = new ArrayList<>();
              static void add(String s) {
                ALL.add(s);
              }
            }
            """)
        .doTest();
  }

  @Test
  void noSuggestedFix() {
    BugCheckerRefactoringTestHelper.newInstance(UnboundedStaticCollection.class, getClass())
        .addInputLines(
            "History.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            final class History {
              private static final List<String> LINES = new ArrayList<>();
              static void log(String line) {
                LINES.add(line);
              }
            }
            """)
        .expectUnchanged()
        .doTest();
  }
}
