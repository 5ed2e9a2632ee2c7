package dev.leakguard.analyzer.report;

import java.nio.file.Path;

/** Shows a finding's file relative to a base directory, with forward slashes. */
final class Paths2 {
  private Paths2() {}

  static String relative(Path base, String file) {
    if (base == null) {
      return file.replace('\\', '/');
    }
    Path p = Path.of(file).toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (p.startsWith(b) ? b.relativize(p) : p).toString().replace('\\', '/');
  }
}
