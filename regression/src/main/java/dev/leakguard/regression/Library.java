package dev.leakguard.regression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One library of the corpus: the name its findings and labels go by, the Maven coordinates of its
 * sources jar ({@code group:artifact:version:classifier}), and the set it belongs to (the
 * precision is also shown per set, e.g. the development set apart from libraries added later).
 */
record Library(String name, String groupId, String artifactId, String version, String classifier, String set) {
  static final List<String> HEADER = List.of("library", "coordinates", "set", "note");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** The file copy-dependencies writes with {@code useRepositoryLayout}, relative to its output directory. */
  Path repositoryPath() {
    return Path.of(groupId.replace('.', '/'), artifactId, version, artifactId + "-" + version + "-" + classifier + ".jar");
  }

  String coordinates() {
    return groupId + ":" + artifactId + ":" + version + ":" + classifier;
  }

  /** Reads {@code library<TAB>coordinates<TAB>set<TAB>note} rows; names must be unique and usable as a folder name. */
  static List<Library> read(Path file) {
    return fromRows(TsvFile.read(file, HEADER));
  }

  static List<Library> fromRows(List<TsvFile.Row> rows) {
    List<Library> libraries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (TsvFile.Row row : rows) {
      String name = row.cell(0);
      if (!NAME.matcher(name).matches()) {
        throw new TsvException(row.where() + ": library name '" + name + "' must be letters, digits, '.', '_' or '-'");
      }
      if (!names.add(name)) {
        throw new TsvException(row.where() + ": library '" + name + "' is listed twice");
      }
      String[] parts = row.cell(1).split(":", -1);
      if (parts.length != 4 || !allMatch(parts)) {
        throw new TsvException(row.where() + ": coordinates '" + row.cell(1)
            + "' must be group:artifact:version:classifier, e.g. org.example:lib:1.2.3:sources");
      }
      String set = row.cell(2);
      if (!NAME.matcher(set).matches()) {
        throw new TsvException(row.where() + ": set '" + set + "' must be a word of letters, digits, '.', '_' or '-'");
      }
      libraries.add(new Library(name, parts[0], parts[1], parts[2], parts[3], set));
    }
    return List.copyOf(libraries);
  }

  private static boolean allMatch(String[] parts) {
    for (String p : parts) {
      if (!PART.matcher(p).matches()) {
        return false;
      }
    }
    return true;
  }
}
