package dev.leakguard.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnboundedSingletonCollectionTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnboundedSingletonCollection.class, getClass());

  @Test
  void enumInstanceField() {
    helper
        .addSourceLines(
            "Usage.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            enum Usage {
              INSTANCE;
              // BUG: Diagnostic contains: List 'Usage.calls' of singleton 'Usage' grows at Usage.java:9 in 'record'
              private final List<String> calls = new ArrayList<>();
              void record(String call) {
                calls.add(call);
              }
            }
            """)
        .doTest();
  }

  @Test
  void injectSingleton_thisQualified() {
    helper
        .addSourceLines(
            "Limiter.java",
            """
            package com.example;
            import java.util.HashMap;
            import java.util.Map;
            import javax.inject.Singleton;
            @Singleton
            class Limiter {
              // BUG: Diagnostic contains: Map 'Limiter.hits' of singleton 'Limiter'
              private final Map<String, Integer> hits = new HashMap<>();
              void hit(String client) {
                this.hits.merge(client, 1, Integer::sum);
              }
            }
            """)
        .doTest();
  }

  @Test
  void constructorGrowth_isInitialisation() {
    helper
        .addSourceLines(
            "Defaults.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            import javax.inject.Singleton;
            @Singleton
            class Defaults {
              private final List<String> names = new ArrayList<>();
              Defaults() {
                names.add("a");
              }
              List<String> names() {
                return List.copyOf(names);
              }
            }
            """)
        .doTest();
  }

  @Test
  void notASingleton_isClean() {
    helper
        .addSourceLines(
            "Cart.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            class Cart {
              private final List<String> items = new ArrayList<>();
              void add(String item) {
                items.add(item);
              }
            }
            """)
        .doTest();
  }

  @Test
  void singletonAnnotationsFlag() {
    helper
        .setArgs("-XepOpt:Leakguard:SingletonAnnotations=com.example.AppWide,Other")
        .addSourceLines("AppWide.java", "package com.example;", "@interface AppWide {}")
        .addSourceLines(
            "Journal.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            @AppWide
            class Journal {
              // BUG: Diagnostic contains: List 'Journal.entries' of singleton 'Journal'
              private final List<String> entries = new ArrayList<>();
              void write(String entry) {
                entries.add(entry);
              }
            }
            """)
        .doTest();
  }

  @Test
  void suppressedOnClass() {
    helper
        .addSourceLines(
            "Quiet.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            @SuppressWarnings("UnboundedSingletonCollection")
            enum Quiet {
              INSTANCE;
              private final List<String> calls = new ArrayList<>();
              void record(String call) {
                calls.add(call);
              }
            }
            """)
        .doTest();
  }

  @Test
  void noSuggestedFix() {
    BugCheckerRefactoringTestHelper.newInstance(UnboundedSingletonCollection.class, getClass())
        .addInputLines(
            "Usage.java",
            """
            package com.example;
            import java.util.ArrayList;
            import java.util.List;
            enum Usage {
              INSTANCE;
              private final List<String> calls = new ArrayList<>();
              void record(String call) {
                calls.add(call);
              }
            }
            """)
        .expectUnchanged()
        .doTest();
  }
}
