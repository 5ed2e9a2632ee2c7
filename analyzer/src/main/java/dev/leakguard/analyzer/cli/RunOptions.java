package dev.leakguard.analyzer.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

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

  static long size(String value) throws UsageException {
    try {
      return dev.leakguard.analyzer.FileSize.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--max-file-size must be " + e.getMessage());
    }
  }
}
