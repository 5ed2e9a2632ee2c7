package dev.leakguard.analyzer.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see the old content or the new, never a half-written one. The
 * file gets the permissions a plain write would give it: an existing file keeps its mode, a new
 * one gets the process's default (the umask), never the owner-only mode of a temporary file.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, channel -> {
      ByteBuffer b = ByteBuffer.wrap(content);
      while (b.hasRemaining()) {
        channel.write(b);
      }
    });
  }

  /** Writes what {@code content} writes to the channel it is given (a large file need not be one array first). */
  @FunctionalInterface
  public interface ChannelWriter {
    void writeTo(FileChannel channel) throws IOException;
  }

  public static void write(Path target, ChannelWriter content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = createTemporary(dir, target.getFileName().toString());
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        content.writeTo(out);
      }
      keepMode(target, tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new empty file beside the target, created as any file is (mode 0666 less the umask), unlike
   * {@link Files#createTempFile}, which makes it readable by its owner only.
   */
  private static Path createTemporary(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** An existing target's permissions, on the new content, where the file system has them. */
  private static void keepMode(Path target, Path tmp) throws IOException {
    PosixFileAttributeView existing = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (existing == null || !Files.exists(target)) {
      return;
    }
    Set<PosixFilePermission> mode = existing.readAttributes().permissions();
    Files.setPosixFilePermissions(tmp, mode);
  }
}
