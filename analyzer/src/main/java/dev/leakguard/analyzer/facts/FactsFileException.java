package dev.leakguard.analyzer.facts;

import java.io.IOException;

/** A facts file that cannot be used: missing, unreadable, not a facts file, or written by an incompatible leakguard. */
public final class FactsFileException extends IOException {
  private static final long serialVersionUID = 1L;

  public FactsFileException(String message) {
    super(message);
  }

  public FactsFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
