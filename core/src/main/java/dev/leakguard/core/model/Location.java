package dev.leakguard.core.model;

import java.util.Comparator;
import java.util.Objects;

/** A place in a source file: the path as the front end names it, 1-based line and column. */
public record Location(String file, int line, int column) implements java.io.Serializable, Comparable<Location> {
  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file).thenComparingInt(Location::line).thenComparingInt(Location::column);

  public Location {
    Objects.requireNonNull(file, "file");
  }

  /** The file's last path segment, as messages show it. */
  public String fileName() {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
