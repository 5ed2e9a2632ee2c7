package dev.leakguard.analyzer.review;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lines a change adds, per file, from {@code git diff <merge base> HEAD}.
 *
 * @param repoRoot the work tree's top directory; paths are relative to it, with forward slashes
 * @param head the commit reviewed ({@code HEAD}): the review's {@code commit_id}
 * @param mergeBase the merge base of the base ref and {@code HEAD}
 * @param added per file, the added line numbers (1-based, in the file at {@code HEAD})
 */
public record ChangedLines(Path repoRoot, String head, String mergeBase, Map<String, BitSet> added) {
  public ChangedLines {
    Map<String, BitSet> copy = new TreeMap<>();
    added.forEach((k, v) -> copy.put(k, (BitSet) v.clone()));
    added = copy;
  }

  public boolean isAdded(String path, int line) {
    BitSet lines = added.get(path);
    return lines != null && line > 0 && lines.get(line);
  }

  /** The number of added lines over all files. */
  public int count() {
    return added.values().stream().mapToInt(BitSet::cardinality).sum();
  }

  /** A file's path relative to {@link #repoRoot}, with forward slashes, or null when it lies outside. */
  public String relative(String file) {
    return dev.leakguard.core.RelativePaths.under(real(repoRoot), real(Path.of(file)));
  }

  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (java.io.IOException e) {
      return abs;
    }
  }
}
