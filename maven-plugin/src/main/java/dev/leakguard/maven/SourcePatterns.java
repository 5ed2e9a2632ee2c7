package dev.leakguard.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ant-style path patterns, as Maven users know them from {@code <includes>}: {@code *} matches
 * within one directory, {@code **} across directories ({@code **}{@code /} also matches no
 * directory at all), {@code ?} one character; a pattern ending in {@code /} means everything
 * below. Paths are compared with forward slashes.
 */
final class SourcePatterns {
  private final List<String> patterns;
  private final List<Pattern> compiled;

  private SourcePatterns(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    List<Pattern> c = new ArrayList<>();
    for (String p : patterns) {
      c.add(compile(p));
    }
    this.compiled = List.copyOf(c);
  }

  /**
   * Checks and compiles the patterns of one parameter.
   *
   * @throws IllegalArgumentException naming {@code parameter} when a pattern is blank
   */
  static SourcePatterns of(String parameter, List<String> patterns) {
    List<String> clean = new ArrayList<>();
    for (String p : patterns) {
      if (p == null || p.isBlank()) {
        throw new IllegalArgumentException("parameter '" + parameter + "' has a blank pattern; remove it or write a path"
            + " pattern such as **/generated/**");
      }
      clean.add(p.strip().replace('\\', '/'));
    }
    return new SourcePatterns(clean);
  }

  boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** True when any pattern matches any of the given forms of a path. */
  boolean matchesAny(List<String> paths) {
    for (Pattern p : compiled) {
      for (String path : paths) {
        if (p.matcher(path).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  List<String> patterns() {
    return patterns;
  }

  static Pattern compile(String glob) {
    String g = glob.endsWith("/") ? glob + "**" : glob;
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
        if (slashAfter) {
          re.append("(?:.*/)?");
          i += 3;
        } else {
          re.append(".*");
          i += 2;
        }
      } else if (c == '*') {
        re.append("[^/]*");
        i++;
      } else if (c == '?') {
        re.append("[^/]");
        i++;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(re.toString());
  }
}
