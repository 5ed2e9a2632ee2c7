package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a CI step sees it: a real process, its exit status, its standard error and
 * its standard output. A path that cannot be analysed is named on standard error in every format
 * and sets exit status 3, never a silent 0 or 1.
 */
class CliProcessTest {
  private static final Path LEAKY = CaseStudy.LEAKY;

  @TempDir Path dir;

  private record Run(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Run leakguard(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.leakguard.analyzer.cli.Main", "--threads", "1", "--root", dir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command line did not finish");
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "sarif", "github", "markdown", "rdjson", "gitlab"})
  void missingSourcePath_isNamedOnStandardError_andExitsThree_inEveryFormat(String format) throws Exception {
    Run r = leakguard("--format", format, LEAKY.toString(), "src-typo");
    assertEquals(3, r.status(), r.err());
    assertTrue(r.errLines().contains("leakguard: src-typo: error: no such file or directory"), r.err());
    assertTrue(r.errLines().get(r.errLines().size() - 1)
        .matches("leakguard: 5 files, 2 unbounded collections in 2 files \\(2 high confidence\\); 1 could not be analysed \\(see above\\)"),
        r.err());
    assertTrue(!r.out().contains("src-typo") || format.equals("sarif"), "the problem is not in the report: " + r.out());
    if (format.equals("sarif")) {
      JsonNode note = new ObjectMapper().readTree(r.out()).at("/runs/0/invocations/0/toolExecutionNotifications/0");
      assertEquals("error", note.get("level").asText(), r.out());
      assertEquals("no such file or directory", note.at("/message/text").asText());
      assertEquals("src-typo", note.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }
    if (format.equals("gitlab") || format.equals("rdjson")) {
      new ObjectMapper().readTree(r.out()); // still a valid report of what was analysed
    }
  }

  @Test
  void noFailOnError_leavesTheStatusToTheFindings() throws Exception {
    Run r = leakguard("--no-fail-on-error", LEAKY.toString(), "src-typo");
    assertEquals(1, r.status(), r.err());
    assertTrue(r.errLines().contains("leakguard: src-typo: error: no such file or directory"), r.err());
  }

  @Test
  void unreadableFile_exitsThree_sayingWhy() throws Exception {
    Path src = dir.resolve("src/p");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Leak.java"), "package p; class Leak {}");
    Path locked = Files.writeString(src.resolve("Locked.java"), "package p; class Locked {}");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
    Run r = leakguard("--format", "gitlab", "src");
    assertEquals(3, r.status(), r.err());
    assertTrue(r.errLines().contains("leakguard: src/p/Locked.java: error: cannot read: permission denied"), r.err());
    assertEquals("[ ]", r.out().strip());
  }

  @Test
  void nothingAnalysable_exitsTwo() throws Exception {
    Run r = leakguard("--format", "sarif", "src-typo");
    assertEquals(2, r.status(), r.err());
    assertEquals(List.of("leakguard: src-typo: error: no such file or directory", "leakguard: nothing was analysed"), r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void usageError_isOneLineCause_andAPointerToHelp() throws Exception {
    Run r = leakguard("--format", "xml", LEAKY.toString());
    assertEquals(2, r.status());
    assertEquals(List.of("leakguard: --format must be text, sarif, github, markdown, rdjson or gitlab, not 'xml' (see --help)"),
        r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void cleanRun_exitsZero_withOnlyTheSummaryOnStandardError() throws Exception {
    Run r = leakguard("--format", "gitlab", CaseStudy.FIXED.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith("leakguard: ") && r.errLines().get(0).contains("0 unbounded collections"), r.err());
  }
}
