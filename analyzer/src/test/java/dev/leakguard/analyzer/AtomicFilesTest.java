package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leakguard.analyzer.report.AtomicFiles;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports and baselines get the mode a plain write would give them, not a temporary file's 0600. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void newFile_getsTheDefaultMode_likeAnyNewFile() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(dir.resolve("plain.txt")); // 0666 less the umask
    Path written = dir.resolve("report.txt");
    AtomicFiles.write(written, "text");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    assertEquals("text", Files.readString(written));
  }

  @Test
  void existingFile_keepsItsMode_andNoTemporaryFileIsLeft() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("report.txt");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(file, "new");
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("new", Files.readString(file));
    try (var s = Files.list(dir)) {
      assertEquals(List.of(file), s.toList());
    }
  }
}
