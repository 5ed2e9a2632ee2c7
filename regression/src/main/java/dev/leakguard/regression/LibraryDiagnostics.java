package dev.leakguard.regression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the analyzer could not read in one library: how many {@code .java} files it has, which of
 * them did not parse (paths relative to the library's source root), and how many were read with a
 * warning (replacement characters, say).
 */
record LibraryDiagnostics(String library, int javaFiles, List<String> notParsed, int warnings) {
  static final List<String> HEADER = List.of("library", "java_files", "not_parsed", "warnings", "not_parsed_files");

  LibraryDiagnostics {
    notParsed = notParsed.stream().sorted().toList();
  }

  List<String> cells() {
    return List.of(library, String.valueOf(javaFiles), String.valueOf(notParsed.size()), String.valueOf(warnings),
        notParsed.isEmpty() ? FindingRow.NONE : String.join(" ", notParsed));
  }

  static List<LibraryDiagnostics> fromRows(List<TsvFile.Row> rows) {
    List<LibraryDiagnostics> result = new ArrayList<>();
    Set<String> libraries = new HashSet<>();
    for (TsvFile.Row row : rows) {
      if (!libraries.add(row.cell(0))) {
        throw new TsvException(row.where() + ": library '" + row.cell(0) + "' appears twice");
      }
      int files = count(row, 1);
      int notParsed = count(row, 2);
      int warnings = count(row, 3);
      List<String> paths = row.cell(4).equals(FindingRow.NONE) || row.cell(4).isEmpty()
          ? List.of() : List.of(row.cell(4).split(" "));
      if (paths.size() != notParsed) {
        throw new TsvException(row.where() + ": not_parsed is " + notParsed + " but " + paths.size() + " files are listed");
      }
      result.add(new LibraryDiagnostics(row.cell(0), files, paths, warnings));
    }
    result.sort(Comparator.comparing(LibraryDiagnostics::library));
    return List.copyOf(result);
  }

  static List<LibraryDiagnostics> read(java.nio.file.Path file) {
    return fromRows(TsvFile.read(file, HEADER));
  }

  static List<String> format(List<LibraryDiagnostics> all) {
    List<LibraryDiagnostics> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(LibraryDiagnostics::library));
    return TsvFile.format(HEADER, sorted.stream().map(LibraryDiagnostics::cells).toList());
  }

  private static int count(TsvFile.Row row, int column) {
    try {
      int n = Integer.parseInt(row.cell(column));
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TsvException(row.where() + ": column " + HEADER.get(column) + " must be a count, found '" + row.cell(column) + "'");
  }
}
