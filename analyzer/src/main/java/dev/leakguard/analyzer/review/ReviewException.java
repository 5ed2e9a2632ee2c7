package dev.leakguard.analyzer.review;

/**
 * The review cannot be made or posted: the message says why and what to do (fetch the base ref,
 * set the token, fix the repository name). It never contains the token.
 */
public final class ReviewException extends Exception {
  public ReviewException(String message) {
    super(message);
  }

  public ReviewException(String message, Throwable cause) {
    super(message, cause);
  }
}
