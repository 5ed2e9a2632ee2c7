package dev.leakguard.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the cases folder and lists its cases. */
public final class ConformanceCases {
  /** System property a build may set to the cases folder; else it is found from the working dir. */
  public static final String DIR_PROPERTY = "leakguard.conformance.dir";

  private ConformanceCases() {}

  public static Path casesRoot() {
    String configured = System.getProperty(DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("conformance").resolve("cases");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find conformance/cases above " + dir + "; set -D" + DIR_PROPERTY);
  }

  /** Every single-file case ({@code single-file/**.java}), sorted. */
  public static List<ConformanceCase> singleFile() {
    Path root = casesRoot();
    try (Stream<Path> s = Files.walk(root.resolve("single-file"))) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> ConformanceCase.load(root, p)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every cross-file case (each folder directly under {@code cross-file/}), sorted. */
  public static List<ConformanceCase> crossFile() {
    Path root = casesRoot();
    Path dir = root.resolve("cross-file");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().map(p -> ConformanceCase.load(root, p)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<ConformanceCase> all() {
    List<ConformanceCase> all = new ArrayList<>(singleFile());
    all.addAll(crossFile());
    return all;
  }
}
