package dev.leakguard.analyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's identifiers as sorted, distinct 64-bit hashes, scanned from raw bytes (comments and
 * strings included; non-ASCII bytes count as identifier characters), so the pre-filter can ask
 * "does this file mention X" in every round without reading it again or keeping its text.
 */
final class Identifiers {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Identifiers() {}

  /** The file's identifier hashes; null when it cannot be read or is too large (read it then). */
  static long[] of(Path file) throws IOException {
    if (Files.size(file) > SourceParser.MAX_FILE_BYTES) {
      return null;
    }
    return of(Files.readAllBytes(file));
  }

  static long[] of(byte[] b) {
    long[] out = new long[64];
    int count = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      if (!isStart(b[i] & 0xFF)) {
        i++;
        continue;
      }
      long h = FNV_OFFSET;
      while (i < n && isPart(b[i] & 0xFF)) {
        h = (h ^ (b[i] & 0xFF)) * FNV_PRIME;
        i++;
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = h;
    }
    long[] sorted = Arrays.copyOf(out, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        sorted[distinct++] = sorted[k];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /** The hash {@link #of} gives the identifier {@code name}. */
  static long hash(String name) {
    long h = FNV_OFFSET;
    for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (x & 0xFF)) * FNV_PRIME;
    }
    return h;
  }

  private static boolean isStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
  }

  private static boolean isPart(int c) {
    return isStart(c) || (c >= '0' && c <= '9');
  }
}
