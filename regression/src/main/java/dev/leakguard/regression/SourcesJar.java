package dev.leakguard.regression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Extracts a sources jar's {@code .java} files into a fresh folder, the library's source root.
 * Entries under {@code META-INF/} (multi-release copies of classes the jar already holds) are
 * left out, and so is any entry that would land outside the folder.
 */
final class SourcesJar {
  private SourcesJar() {}

  /** Empties {@code into}, extracts the jar's Java sources there, and returns how many were written. */
  static int extract(Path jar, Path into) {
    if (!Files.isRegularFile(jar)) {
      throw new UncheckedIOException(new IOException("sources jar not found: " + jar + " (did Maven resolve it?)"));
    }
    try {
      deleteTree(into);
      Files.createDirectories(into);
      Path root = into.toAbsolutePath().normalize();
      int written = 0;
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          String name = e.getName();
          if (e.isDirectory() || !name.endsWith(".java") || name.startsWith("META-INF/")) {
            continue;
          }
          Path target = root.resolve(name).normalize();
          if (!target.startsWith(root)) {
            continue;
          }
          Files.createDirectories(target.getParent());
          copy(zip, target);
          written++;
        }
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract " + jar + ": " + e.getMessage(), e);
    }
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
