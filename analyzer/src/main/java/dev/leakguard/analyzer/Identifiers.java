package dev.leakguard.analyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's identifiers as sorted, distinct 64-bit hashes, scanned from raw bytes (comments and
 * strings included; non-ASCII bytes count as identifier characters), so the pre-filter can ask
 * "does this file mention X" in every round without reading it again or keeping its text. The scan
 * also notices files that are plainly broken (merge-conflict markers, unbalanced braces): those are
 * parsed whatever they mention, so their problem is reported rather than silently skipped.
 */
final class Identifiers {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The identifier hashes, sorted and distinct, and whether the file looks broken. */
  record Scan(long[] ids, boolean suspect) {}

  private Identifiers() {}

  /** The file's identifier hashes; null when it cannot be read or is too large (read it then). */
  static Scan of(Path file) throws IOException {
    if (Files.size(file) > SourceParser.MAX_FILE_BYTES) {
      return null;
    }
    return of(Files.readAllBytes(file));
  }

  static Scan of(byte[] b) {
    long[] out = new long[64];
    int count = 0;
    int braces = 0;
    boolean conflict = false;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (!isStart(c)) {
        if (c == '{') {
          braces++;
        } else if (c == '}') {
          braces--;
        } else if ((c == '<' || c == '>' || c == '=') && (i == 0 || b[i - 1] == '\n') && i + 7 <= n
            && b[i + 1] == c && b[i + 2] == c && b[i + 3] == c && b[i + 4] == c && b[i + 5] == c && b[i + 6] == c) {
          conflict = true; // <<<<<<<, =======, >>>>>>> at a line start
        }
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
    return new Scan(Arrays.copyOf(sorted, distinct), conflict || braces != 0);
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
