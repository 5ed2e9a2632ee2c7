package dev.leakguard.regression;

/** A committed list, expectation or label file that cannot be understood; the message names the file and line. */
final class TsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TsvException(String message) {
    super(message);
  }
}
