package dev.leakguard.analyzer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure in words: {@code permission denied}, not {@code java.nio.file.AccessDeniedException:
 * src/A.java}. The JDK's exceptions often carry only the path as their message, which the caller
 * already names.
 */
public final class IoErrors {
  private IoErrors() {}

  public static String describe(IOException e) {
    String reason = e instanceof FileSystemException fs ? fs.getReason() : null;
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "a symbolic link loop";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text";
    }
    if (reason != null && !reason.isBlank()) {
      return decapitalize(reason.strip());
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "an I/O error (" + e.getClass().getSimpleName() + ")";
    }
    return decapitalize(message.strip());
  }

  private static String decapitalize(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }
}
