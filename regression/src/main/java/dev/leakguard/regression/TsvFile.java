package dev.leakguard.regression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated file with a header row: blank lines and lines starting with {@code #} are
 * skipped, every other line must have the header's columns (a trailing empty column may be left
 * out). Errors name the file and the line.
 */
final class TsvFile {
  /** One data row: its cells (as many as the header) and where it was read. */
  record Row(List<String> cells, String source, int line) {
    String cell(int i) {
      return cells.get(i);
    }

    /** Where this row was read, for error messages: {@code file:line}. */
    String where() {
      return source + ":" + line;
    }
  }

  private TsvFile() {}

  /** Reads {@code file}, whose header must be exactly {@code header}. */
  static List<Row> read(Path file, List<String> header) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static List<Row> parse(List<String> lines, String source, List<String> header) {
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = List.of(line.split("\t", -1));
      if (!headerSeen) {
        if (!cells.equals(header)) {
          throw new TsvException(source + ":" + (i + 1) + ": expected the header '"
              + String.join("\\t", header) + "', found '" + line.replace("\t", "\\t") + "'");
        }
        headerSeen = true;
        continue;
      }
      if (cells.size() == header.size() - 1) {
        List<String> padded = new ArrayList<>(cells);
        padded.add("");
        cells = List.copyOf(padded);
      }
      if (cells.size() != header.size()) {
        throw new TsvException(source + ":" + (i + 1) + ": expected " + header.size()
            + " tab-separated columns (" + String.join(", ", header) + "), found " + cells.size());
      }
      rows.add(new Row(cells, source, i + 1));
    }
    if (!headerSeen) {
      throw new TsvException(source + ": empty, expected the header '" + String.join("\\t", header) + "'");
    }
    return rows;
  }

  /** Writes a header and rows, each cell checked to hold no tab or line break. */
  static List<String> format(List<String> header, List<List<String>> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", header));
    for (List<String> row : rows) {
      for (String cell : row) {
        if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
          throw new IllegalArgumentException("a cell holds a tab or line break: '" + cell + "'");
        }
      }
      lines.add(String.join("\t", row));
    }
    return lines;
  }

  static void write(Path file, List<String> lines) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
