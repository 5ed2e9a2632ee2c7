package dev.leakguard.analyzer.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** The values of the options that say how to read the sources ({@code --encoding}, {@code --max-file-size}). */
final class RunOptions {
  private RunOptions() {}

  static Charset charset(String name) throws UsageException {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException("--encoding must be a character set this Java knows (e.g. UTF-8, ISO-8859-1, windows-1252), not '"
          + name + "'");
    }
  }

  /** {@code 8388608}, {@code 512K}, {@code 8M}, {@code 1G} (binary units; a trailing B or iB is allowed). */
  static long size(String value) throws UsageException {
    String v = value.strip().toUpperCase(Locale.ROOT);
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
    String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
    long n;
    try {
      n = Long.parseLong(digits.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--max-file-size must be a size such as 16M, 512K or 10000000, not '" + value + "'");
    }
    if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
      throw new UsageException("--max-file-size must be at least 1 byte, not '" + value + "'");
    }
    return n << shift;
  }
}
