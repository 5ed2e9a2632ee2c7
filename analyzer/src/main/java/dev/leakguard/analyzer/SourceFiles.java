package dev.leakguard.analyzer;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Lists the {@code .java} files below source roots, sorted, following symbolic links but not
 * their loops; a directory named like a Java file is skipped.
 */
public final class SourceFiles {
  private SourceFiles() {}

  public record Listing(List<Path> files, List<Diagnostic> diagnostics) {}

  public static Listing collect(List<Path> roots) {
    TreeSet<Path> files = new TreeSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        diagnostics.add(new Diagnostic(root.toString(), 0, Diagnostic.Level.ERROR, "no such file or directory"));
        continue;
      }
      if (Files.isRegularFile(root)) {
        files.add(root.normalize());
        continue;
      }
      try {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
              files.add(file.normalize());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // A directory or source file that cannot be read leaves files out of the analysis: an
            // error. Anything else that fails (a broken link to a non-source file) is not source.
            boolean source = file.getFileName() != null && file.getFileName().toString().endsWith(".java");
            if (!(e instanceof FileSystemLoopException) && (source || Files.isDirectory(file))) {
              diagnostics.add(new Diagnostic(file.toString(), 0, Diagnostic.Level.ERROR,
                  (source ? "cannot read: " : "cannot list: ") + IoErrors.describe(e)));
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        diagnostics.add(new Diagnostic(root.toString(), 0, Diagnostic.Level.ERROR, "cannot list: " + IoErrors.describe(e)));
      }
    }
    return new Listing(new ArrayList<>(files), diagnostics);
  }
}
