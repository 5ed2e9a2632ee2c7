package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.facts.FactsFile;
import dev.leakguard.analyzer.facts.FactsFileException;
import dev.leakguard.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts flow down a multi-module build: a holder declared in one module and grown in another is
 * reported in the growing module's analysis, at the declaring module's field.
 */
class UpstreamFactsTest {
  @TempDir Path repo;

  @BeforeEach
  void core() throws IOException {
    write("core/src/main/java/com/acme/core/Registries.java", """
        package com.acme.core;

        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;

        public final class Registries {
          public static final Map<String, Object> SESSIONS = new HashMap<>();
          public static final List<String> JOBS = new ArrayList<>();
          public static final Map<String, String> LOCAL = new HashMap<>();

          private Registries() {}

          public static void remember(String k, String v) {
            LOCAL.put(k, v);
          }

          public static void forget(String k) {
            LOCAL.remove(k);
          }
        }
        """);
  }

  private void write(String path, String text) throws IOException {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private AnalysisResult analyse(String module, List<FactsFile.Loaded> upstream) {
    Path out = repo.resolve(module + "/target/leakguard/" + FactsFile.NAME);
    return new Analyzer(AnalyzerConfig.defaults().withThreads(2))
        .analyze(List.of(repo.resolve(module + "/src/main/java")), new FactsExchange(upstream, out, "com.acme:" + module, repo));
  }

  private FactsFile.Loaded facts(String module) throws FactsFileException {
    return FactsFile.read(repo.resolve(module + "/target/leakguard"), repo);
  }

  @Test
  void growthDownstream_isReportedThere_atTheUpstreamField_withTheSameFingerprint() throws IOException {
    assertEquals(List.of(), analyse("core", List.of()).findings());
    write("web/src/main/java/com/acme/web/Handler.java", """
        package com.acme.web;

        import com.acme.core.Registries;

        public class Handler {
          public void handle(String sessionId, Object session) {
            Registries.SESSIONS.put(sessionId, session);
          }
        }
        """);
    List<Finding> web = analyse("web", List.of(facts("core"))).findings();
    assertEquals(1, web.size(), web.toString());
    Finding f = web.get(0);
    assertEquals("UnboundedStaticCollection:com.acme.core.Registries.SESSIONS", f.fingerprint());
    assertEquals(repo.resolve("core/src/main/java/com/acme/core/Registries.java").toString(), f.location().file());
    assertEquals(9, f.location().line());
    assertEquals(repo.resolve("web/src/main/java/com/acme/web/Handler.java").toString(), f.growthSites().get(0).location().file());
    assertTrue(f.message().contains("Handler.java:7 in 'handle'"), f.message());
  }

  @Test
  void theDownstreamSarif_namesTheUpstreamFieldByItsFileUri_andStaysSchemaValid() throws IOException {
    analyse("core", List.of());
    write("web/src/main/java/com/acme/web/Handler.java", """
        package com.acme.web;

        public class Handler {
          public void handle(String id) {
            com.acme.core.Registries.SESSIONS.put(id, id);
          }
        }
        """);
    AnalysisResult web = analyse("web", List.of(facts("core")));
    String sarif = dev.leakguard.analyzer.report.SarifReport.render(web, repo.resolve("web"));
    assertEquals(List.of(), SarifSchema.violations(sarif));
    assertTrue(sarif.contains("\"uri\" : \"" + repo.resolve("core/src/main/java/com/acme/core/Registries.java").toUri() + "\""), sarif);
    assertTrue(sarif.contains("\"uri\" : \"src/main/java/com/acme/web/Handler.java\""), sarif);
    String whole = dev.leakguard.analyzer.report.SarifReport.render(web, repo);
    assertEquals(List.of(), SarifSchema.violations(whole));
    assertTrue(whole.contains("\"uri\" : \"core/src/main/java/com/acme/core/Registries.java\""), whole);
  }

  @Test
  void evictionDownstream_clearsTheHolder_andUpstreamBusinessStaysUpstream() throws IOException {
    analyse("core", List.of());
    write("batch/src/main/java/com/acme/batch/Jobs.java", """
        package com.acme.batch;

        import com.acme.core.Registries;

        public class Jobs {
          public void submit(String job) {
            Registries.JOBS.add(job);
          }

          public void drain() {
            Registries.JOBS.clear();
          }

          public void touch(String k) {
            Registries.remember(k, k);
          }
        }
        """);
    assertEquals(List.of(), analyse("batch", List.of(facts("core"))).findings());
  }

  @Test
  void aHolderGrownOnlyUpstream_isNotReportedAgainDownstream() throws IOException {
    write("core/src/main/java/com/acme/core/Audit.java", """
        package com.acme.core;

        import java.util.ArrayList;
        import java.util.List;

        public final class Audit {
          public static final List<String> LOG = new ArrayList<>();

          public static void record(String line) {
            LOG.add(line);
          }
        }
        """);
    assertEquals(1, analyse("core", List.of()).findings().size());
    write("web/src/main/java/com/acme/web/Page.java", """
        package com.acme.web;

        import com.acme.core.Audit;

        public class Page {
          public int lines() {
            return Audit.LOG.size();
          }
        }
        """);
    assertEquals(List.of(), analyse("web", List.of(facts("core"))).findings());
  }

  @Test
  void theCommandLine_writesAndTakesFacts() throws IOException {
    write("web/src/main/java/com/acme/web/Handler.java", """
        package com.acme.web;

        public class Handler {
          public void handle(String id) {
            com.acme.core.Registries.SESSIONS.put(id, id);
          }
        }
        """);
    String root = repo.toString();
    assertEquals(0, cli("--root", root, "--write-facts", repo.resolve("core/build").toString(), "--module", "core",
        repo.resolve("core/src/main/java").toString()).status);
    Cli web = cli("--root", root, "--facts", repo.resolve("core/build").toString(), repo.resolve("web/src/main/java").toString());
    assertEquals(1, web.status, web.err);
    assertTrue(web.out.startsWith("core/src/main/java/com/acme/core/Registries.java:9: [UnboundedStaticCollection]"), web.out);
    assertTrue(web.out.contains("grows at Handler.java:5 in 'handle'"), web.out);
    Cli missing = cli("--root", root, "--facts", repo.resolve("nowhere").toString(), repo.resolve("web/src/main/java").toString());
    assertEquals(2, missing.status);
    assertTrue(missing.err.contains("no leakguard facts at"), missing.err);
  }

  private record Cli(int status, String out, String err) {}

  private static Cli cli(String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = dev.leakguard.analyzer.cli.Main.run(args, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
    return new Cli(status, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aCommentAppended_isAnsweredFromTheStoredResult_andTheFactsFileKeepsItsFacts_forTheNewContent() throws IOException {
    Path cache = repo.resolve("core/target/leakguard/cache.bin");
    Path out = repo.resolve("core/target/leakguard/" + FactsFile.NAME);
    List<Path> roots = List.of(repo.resolve("core/src/main/java"));
    FactsExchange exchange = new FactsExchange(List.of(), out, "com.acme:core", repo);
    new Analyzer(AnalyzerConfig.defaults().withThreads(2).withCacheFile(cache)).analyze(roots, exchange);
    String digest = facts("core").digest();
    String writtenFor = FactsFile.writtenFor(out);
    Path registries = repo.resolve("core/src/main/java/com/acme/core/Registries.java");
    Files.writeString(registries, Files.readString(registries) + "// touched\n");
    Analyzer second = new Analyzer(AnalyzerConfig.defaults().withThreads(2).withCacheFile(cache));
    second.analyze(roots, exchange);
    assertEquals(0, second.lastFilesParsed());
    assertEquals(digest, facts("core").digest(), "the same facts, byte for byte");
    assertNotEquals(writtenFor, FactsFile.writtenFor(out), "written for the analysis of the new content");
    Analyzer third = new Analyzer(AnalyzerConfig.defaults().withThreads(2).withCacheFile(cache));
    third.analyze(roots, exchange);
    assertEquals(0, third.lastFilesParsed());
    assertEquals(third.lastCacheHits(), 1, "unchanged since: answered as an unchanged module, facts file included");
  }

  @Test
  void factsThatAreNotFacts_areAClearError() throws IOException {
    write("bad/facts.lgf", "not facts");
    FactsFileException e = assertThrows(FactsFileException.class, () -> FactsFile.read(repo.resolve("bad"), repo));
    assertTrue(e.getMessage().contains("is not a leakguard facts file"), e.getMessage());
    FactsFileException missing = assertThrows(FactsFileException.class, () -> FactsFile.read(repo.resolve("none"), repo));
    assertTrue(missing.getMessage().contains("no leakguard facts at"), missing.getMessage());
  }

  @Test
  void pathsAreStoredRelativeToTheRoot_soTheFactsMoveWithTheRepository() throws IOException {
    analyse("core", List.of());
    Path moved = repo.resolve("elsewhere");
    FactsFile.Loaded there = FactsFile.read(repo.resolve("core/target/leakguard"), moved);
    assertEquals(moved.resolve("core/src/main/java/com/acme/core/Registries.java").toString(),
        there.facts().files().get(0).file());
    assertEquals("com.acme:core", there.module());
  }
}
