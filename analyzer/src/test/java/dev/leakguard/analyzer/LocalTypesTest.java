package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local enums and interfaces (Java 16+), which JavaParser 3.28.2 cannot parse, do not take their
 * file out of the analysis: they are masked with their lines kept, and each gets a warning.
 */
class LocalTypesTest {
  @TempDir Path dir;

  private AnalysisResult analyze(String name, String source) throws IOException {
    Path p = dir.resolve("p/" + name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, source);
    return new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(dir));
  }

  @Test
  void leakInAFileWithLocalEnumsAndInterfaces_isFound_atItsLines() throws IOException {
    AnalysisResult r = analyze("Orders.java", """
        package p;
        import java.util.*;
        public class Orders {
          private static final Map<String, String> SEEN = new HashMap<>();

          public static String classify(String id) {
            @SuppressWarnings("unused")
            enum Kind { SMALL, LARGE; Kind flip() { return this == SMALL ? LARGE : SMALL; } }
            interface Rule<T> extends Comparable<T> {
              boolean test(String s); // a comment with a } in it
            }
            record Pair(String a, String b) {}
            SEEN.put(id, Kind.SMALL.name());
            return "{";
          }

          void other() {
            enum State {
              ON,
              OFF
            }
            String s = "enum Fake { A }";
          }
        }
        """);
    assertEquals(1, r.findings().size(), () -> r.findings() + " " + r.diagnostics());
    assertEquals("p.Orders.SEEN", r.findings().get(0).holder());
    assertEquals(4, r.findings().get(0).location().line());
    assertEquals(13, r.findings().get(0).growthSites().get(0).location().line(), "line numbers survive the masking");
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    List<String> warnings = r.diagnostics().stream().map(d -> d.line() + " " + d.message()).toList();
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("8 local enum 'Kind' read as an empty class"), warnings.toString());
    assertTrue(warnings.get(1).startsWith("18 local enum 'State' read as an empty class"), warnings.toString());
  }

  @Test
  void aGenuinelyBrokenFile_staysAnError_withItsOwnFirstProblem() throws IOException {
    AnalysisResult r = analyze("Broken.java", """
        package p;
        class Broken {
          static final java.util.List<String> L = new java.util.ArrayList<>();
          void m() {
            enum Kind { A, B }
            int x = ;
          }
        }
        """);
    assertTrue(r.hasErrors(), r.diagnostics().toString());
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Diagnostic.Level.ERROR, d.level());
    assertTrue(d.message().startsWith("does not parse"), d.toString());
    assertEquals(6, d.line(), "the first problem that is not a local type, at its line: " + d);
  }

  @Test
  void masking_keepsEveryLineBreak_andOnlyTouchesTheDeclaration() {
    String source = "class A {\n  void m() {\n    enum Kind {\n      A, B\n    }\n    int after = 1;\n  }\n}\n";
    // The parser fails at the name after 'enum' (line 3, column 10).
    LocalTypeMasking.Masked m = LocalTypeMasking.at(source, 3, 10).orElseThrow();
    assertEquals(source.lines().count(), m.source().lines().count());
    assertTrue(m.source().contains("    class Kind{}"), m.source());
    assertTrue(m.source().contains("    int after = 1;"), m.source());
    assertEquals(3, m.line());
    assertEquals("local enum 'Kind'", m.description());
    assertTrue(LocalTypeMasking.at(source, 6, 9).isEmpty(), "no local type at an ordinary statement");
  }
}
