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

  /** A cross-file case kept elsewhere: a file naming its source folder. */
  private static final String REFERENCE_SUFFIX = ".ref";

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

  /**
   * Every cross-file case, sorted by name: each folder directly under {@code cross-file/}, and each
   * {@code <name>.ref} file there, which names (relative to the repository root) a source folder
   * kept elsewhere, such as the case study in {@code examples/}, whose sources carry the markers.
   */
  public static List<ConformanceCase> crossFile() {
    Path root = casesRoot();
    Path dir = root.resolve("cross-file");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<ConformanceCase> cases = new ArrayList<>();
      for (Path p : s.sorted().toList()) {
        if (Files.isDirectory(p)) {
          cases.add(ConformanceCase.load(root, p));
        } else if (p.getFileName().toString().endsWith(REFERENCE_SUFFIX)) {
          String file = p.getFileName().toString();
          String name = "cross-file/" + file.substring(0, file.length() - REFERENCE_SUFFIX.length());
          cases.add(ConformanceCase.loadFolder(name, referencedFolder(p)));
        }
      }
      cases.sort(java.util.Comparator.comparing(ConformanceCase::name));
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's top directory: the one holding {@code conformance/cases}. */
  public static Path repositoryRoot() {
    return casesRoot().toAbsolutePath().normalize().getParent().getParent();
  }

  /** The folder a {@code .ref} file names: its one line that is neither blank nor a {@code #} comment. */
  private static Path referencedFolder(Path ref) throws IOException {
    List<String> lines = Files.readAllLines(ref).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    if (lines.size() != 1) {
      throw new IllegalArgumentException(ref + ": a reference names one folder (relative to the repository root), found " + lines);
    }
    Path folder = repositoryRoot().resolve(lines.get(0)).normalize();
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(ref + ": " + folder + " is not a folder");
    }
    return folder;
  }

  public static List<ConformanceCase> all() {
    List<ConformanceCase> all = new ArrayList<>(singleFile());
    all.addAll(crossFile());
    return all;
  }
}
