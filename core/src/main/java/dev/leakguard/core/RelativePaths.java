package dev.leakguard.core;

import java.nio.file.Path;

/**
 * A file shown relative to a base directory, with forward slashes on every platform: how every
 * report, log line and test names a file. Both paths are made absolute and normalized first (a
 * relative path is taken from the working directory); symbolic links are not resolved.
 */
public final class RelativePaths {
  private RelativePaths() {}

  /** {@code file} relative to {@code base}, or null when it does not lie under it. */
  public static String under(Path base, Path file) {
    Path b = base.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return f.startsWith(b) ? slashes(b.relativize(f)) : null;
  }

  /**
   * {@code file} relative to {@code base}, or its absolute path when it lies outside; with no base
   * (null), the file as given.
   */
  public static String relative(Path base, Path file) {
    if (base == null) {
      return slashes(file);
    }
    String under = under(base, file);
    return under != null ? under : slashes(file.toAbsolutePath().normalize());
  }

  /** The same, for a file name as findings carry it. */
  public static String relative(Path base, String file) {
    return relative(base, Path.of(file));
  }

  /**
   * The way from {@code base} to {@code file}, with {@code ..} steps when it lies outside (how a
   * facts file stores a path that must resolve against another checkout's root); {@code ""} for
   * the base itself.
   */
  public static String steps(Path base, String file) {
    return slashes(base.toAbsolutePath().normalize().relativize(Path.of(file).toAbsolutePath().normalize()));
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }
}
