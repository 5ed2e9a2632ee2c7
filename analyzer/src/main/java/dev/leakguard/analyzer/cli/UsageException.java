package dev.leakguard.analyzer.cli;

/** A command line that cannot be run; the message says what to change. Exit status 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
