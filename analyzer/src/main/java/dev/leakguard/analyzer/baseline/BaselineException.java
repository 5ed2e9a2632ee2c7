package dev.leakguard.analyzer.baseline;

/** A baseline file that cannot be read or written; the message says which file and why. */
public final class BaselineException extends Exception {
  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }

  public BaselineException(String message) {
    super(message);
  }
}
