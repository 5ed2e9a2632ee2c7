package dev.leakguard.core;

import java.util.Locale;

/**
 * {@code HIGH}: a growth site's key or element comes from a parameter of a non-private method,
 * so input decides how many entries there are. {@code NORMAL}: the growth may be over a finite
 * domain, and the finding asks for that bound to be written down.
 */
public enum Confidence {
  NORMAL,
  HIGH;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Confidence parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
