package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run without Maven: a sources jar laid out as copy-dependencies writes it, analysed in-process. */
class MainTest {
  private static final String AUDIT = """
      package org.example.shop;

      import java.util.HashMap;
      import java.util.Map;

      public class Audit {
        private static final Map<String, String> HISTORY = new HashMap<>();

        public void record(String requestId, String what) {
          HISTORY.put(requestId, what);
        }
      }
      """;
  private static final String BROKEN = "package org.example.shop; class Broken { void m( { }";

  @TempDir Path dir;

  private Path jars;
  private Path libraries;

  private void corpus(String auditSource) throws IOException {
    jars = dir.resolve("jars");
    Path jar = jars.resolve("org/example/shop/1.0/shop-1.0-sources.jar");
    Files.createDirectories(jar.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      entry(zip, "org/example/shop/Audit.java", auditSource);
      entry(zip, "org/example/shop/Broken.java", BROKEN);
      entry(zip, "META-INF/versions/11/org/example/shop/Audit.java", auditSource);
      entry(zip, "../escape/Evil.java", "class Evil {}");
      entry(zip, "org/example/shop/notes.txt", "not java");
    }
    libraries = dir.resolve("libraries.tsv");
    Files.writeString(libraries, "library\tcoordinates\tset\tnote\nshop\torg.example:shop:1.0:sources\tdev\ta test library\n");
    Files.writeString(dir.resolve("labels.tsv"), "library\tfield\texpected_rule\tverdict\treason\n"
        + "shop\torg.example.shop.Audit.HISTORY\tUnboundedStaticCollection\tTP\tone entry per request id\n");
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private String[] args(String... extra) {
    List<String> base = List.of("run", "--libraries", libraries.toString(), "--jars", jars.toString(),
        "--work", dir.resolve("work").toString(), "--threads", "1",
        "--expected", dir.resolve("expected.tsv").toString(),
        "--expected-diagnostics", dir.resolve("expected-diagnostics.tsv").toString(),
        "--labels", dir.resolve("labels.tsv").toString(), "--labels", dir.resolve("absent.tsv").toString());
    java.util.ArrayList<String> all = new java.util.ArrayList<>(base);
    all.addAll(List.of(extra));
    return all.toArray(String[]::new);
  }

  private record Outcome(int status, String out, String err) {}

  private static Outcome main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void update_writesSortedRelativeRows_thenDiffIsClean() throws IOException {
    corpus(AUDIT);
    Outcome first = main(args("--update"));
    assertEquals(0, first.status(), first.err());
    assertEquals(List.of(
            "library\tfield\trule\tconfidence\tfirst_growth_site\tmethod",
            "shop\torg.example.shop.Audit.HISTORY\tUnboundedStaticCollection\thigh\torg/example/shop/Audit.java:10\trecord"),
        Files.readAllLines(dir.resolve("expected.tsv")), first.out());
    assertEquals(List.of(
            "library\tjava_files\tnot_parsed\twarnings\tnot_parsed_files",
            "shop\t2\t1\t0\torg/example/shop/Broken.java"),
        Files.readAllLines(dir.resolve("expected-diagnostics.tsv")));
    assertFalse(Files.exists(dir.resolve("work/escape/Evil.java")), "an entry outside the source root is not extracted");
    assertTrue(first.out().contains("shop                          2 files,  1 not parsed,   1 findings"), first.out());
    assertTrue(first.out().contains("note: labels " + dir.resolve("absent.tsv") + " not found, skipped"), first.out());
    assertTrue(first.out().contains("high              1     1      0    0           0  100% (1/1)"), first.out());
    assertFalse(first.out().contains("set 'dev'"), "one set: no table per set");

    Outcome again = main(args());
    assertEquals(0, again.status(), again.out());
    assertTrue(again.out().contains("0 added, 0 removed, 0 changed, 0 libraries read differently"), again.out());
  }

  @Test
  void diff_showsTheRemovedFinding_andTheMissedTp_withoutTouchingTheExpectation() throws IOException {
    corpus(AUDIT);
    assertEquals(0, main(args("--update")).status());
    byte[] before = Files.readAllBytes(dir.resolve("expected.tsv"));
    corpus(AUDIT.replace("HISTORY.put(requestId, what);", "HISTORY.put(requestId, what);\n    HISTORY.remove(requestId);"));
    Outcome diff = main(args("--diff"));
    assertEquals(1, diff.status(), diff.out() + diff.err());
    assertTrue(diff.out().contains("- shop org.example.shop.Audit.HISTORY [UnboundedStaticCollection] high, org/example/shop/Audit.java:10 in 'record'"), diff.out());
    assertTrue(diff.out().contains("TP not reported: shop org.example.shop.Audit.HISTORY: one entry per request id"), diff.out());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(dir.resolve("expected.tsv")));
  }

  @Test
  void severalSets_eachGetsItsOwnTable() throws IOException {
    corpus(AUDIT);
    Path other = jars.resolve("org/example/tools/2.0/tools-2.0-sources.jar");
    Files.createDirectories(other.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
      entry(zip, "org/example/tools/Ids.java", AUDIT.replace("org.example.shop", "org.example.tools").replace("Audit", "Ids"));
    }
    Files.writeString(libraries, "tools\torg.example:tools:2.0:sources\tadded\t\n", java.nio.file.StandardOpenOption.APPEND);
    Outcome o = main(args("--update"));
    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().contains("== precision per confidence, all 2 libraries run: 1 labels apply (of 1)"), o.out());
    assertTrue(o.out().contains("== precision per confidence, set 'dev', 1 library: 1 labels apply (of 1)"), o.out());
    assertTrue(o.out().contains("== precision per confidence, set 'added', 1 library: 0 labels apply (of 1)"), o.out());
  }

  @Test
  void diffAndUpdateTogether_isAUsageError() throws IOException {
    corpus(AUDIT);
    Outcome o = main(args("--diff", "--update"));
    assertEquals(2, o.status());
    assertEquals("regression: --diff and --update exclude each other", o.err().strip());
  }

  @Test
  void unknownOption_isAUsageError_notAnOptionValue() throws IOException {
    corpus(AUDIT);
    Outcome o = main(args("--upadte", "shop"));
    assertEquals(2, o.status());
    assertEquals("regression: unknown option --upadte", o.err().strip());
  }

  @Test
  void unknownLibraryName_isAUsageError() throws IOException {
    corpus(AUDIT);
    Outcome o = main(args("nosuchlib"));
    assertEquals(2, o.status());
    assertEquals("regression: not in the library list: nosuchlib (listed: shop)", o.err().strip());
  }

  @Test
  void missingJar_saysMavenDidNotResolveIt() throws IOException {
    corpus(AUDIT);
    Files.writeString(libraries, "library\tcoordinates\tset\tnote\nother\torg.example:other:2.0:sources\tdev\t\n");
    Outcome o = main(args());
    assertEquals(2, o.status());
    assertTrue(o.err().contains("sources jar not found: ") && o.err().contains("did Maven resolve it?"), o.err());
  }

  @Test
  void pom_listsEverySourcesJarWithoutTransitives_underTheParent() throws IOException {
    corpus(AUDIT);
    Path pom = dir.resolve("pom/pom.xml");
    Outcome o = main("pom", "--libraries", libraries.toString(), "--out", pom.toString(), "--parent", "../../pom.xml");
    assertEquals(0, o.status(), o.err());
    String text = Files.readString(pom);
    assertTrue(text.contains("<artifactId>leakguard-parent</artifactId>"), text);
    assertTrue(text.contains("<relativePath>../../pom.xml</relativePath>"), text);
    assertTrue(text.contains("<groupId>org.example</groupId>\n      <artifactId>shop</artifactId>\n      <version>1.0</version>\n      <classifier>sources</classifier>"), text);
    assertTrue(text.contains("<exclusion>\n          <groupId>*</groupId>"), text);
  }
}
