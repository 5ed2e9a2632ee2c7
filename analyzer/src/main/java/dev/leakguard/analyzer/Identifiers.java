package dev.leakguard.analyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's identifiers as sorted, distinct 64-bit hashes, scanned from raw bytes (comments, string,
 * character and text block literals skipped; non-ASCII bytes count as identifier characters; a
 * Unicode escape is not decoded, so a name spelled with one is missed), so the pre-filter can ask
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
        if (c == '/' && i + 1 < n && b[i + 1] == '/') {
          i = lineEnd(b, i);
          continue;
        } else if (c == '/' && i + 1 < n && b[i + 1] == '*') {
          i = blockCommentEnd(b, i + 2);
          continue;
        } else if (c == '"' || c == '\'') {
          i = literalEnd(b, i);
          continue;
        } else if (c == '{') {
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

  private static int lineEnd(byte[] b, int i) {
    while (i < b.length && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  /** Past the closing star-slash; the end of the file if there is none (then braces will not balance). */
  private static int blockCommentEnd(byte[] b, int i) {
    while (i + 1 < b.length && !(b[i] == '*' && b[i + 1] == '/')) {
      i++;
    }
    return Math.min(b.length, i + 2);
  }

  /**
   * Past a string, character or text block literal opening at {@code i}. A string or character
   * literal also ends at its line's end (it is unterminated: the parser will say so).
   */
  private static int literalEnd(byte[] b, int i) {
    byte quote = b[i];
    if (quote == '"' && i + 2 < b.length && b[i + 1] == '"' && b[i + 2] == '"') {
      for (int k = i + 3; k < b.length; k++) {
        if (b[k] == '\\') {
          k++;
        } else if (b[k] == '"' && k + 2 < b.length && b[k + 1] == '"' && b[k + 2] == '"') {
          return k + 3;
        }
      }
      return b.length;
    }
    for (int k = i + 1; k < b.length; k++) {
      if (b[k] == '\\') {
        k++;
      } else if (b[k] == quote) {
        return k + 1;
      } else if (b[k] == '\n' || b[k] == '\r') {
        return k;
      }
    }
    return b.length;
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
