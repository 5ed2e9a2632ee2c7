package dev.leakguard.analyzer;

import java.util.Locale;

/** A file size as people write it: {@code 8388608}, {@code 512K}, {@code 8M}, {@code 1G} (binary units; {@code 8MiB}, {@code 8MB} too). */
public final class FileSize {
  private FileSize() {}

  /**
   * The number of bytes.
   *
   * @throws IllegalArgumentException when {@code value} is not a size of at least one byte
   */
  public static long parse(String value) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (v.endsWith("IB")) {
      v = v.substring(0, v.length() - 2);
    } else if (v.endsWith("B")) {
      v = v.substring(0, v.length() - 1);
    }
    int shift = 0;
    if (!v.isEmpty()) {
      switch (v.charAt(v.length() - 1)) {
        case 'K' -> shift = 10;
        case 'M' -> shift = 20;
        case 'G' -> shift = 30;
        default -> shift = 0;
      }
    }
    String digits = (shift == 0 ? v : v.substring(0, v.length() - 1)).strip();
    long n;
    try {
      n = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a size such as 16M, 512K or 10000000, not '" + value + "'");
    }
    if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("at least 1 byte, not '" + value + "'");
    }
    return n << shift;
  }
}
