package dev.leakguard.core.model;

/** Small helpers for dotted Java names. */
public final class Names {
  private Names() {}

  /** {@code java.util.HashMap} and {@code HashMap} both give {@code HashMap}. */
  public static String simpleName(String name) {
    int lt = name.indexOf('<');
    String raw = lt >= 0 ? name.substring(0, lt) : name;
    return raw.substring(raw.lastIndexOf('.') + 1);
  }

  /**
   * Whether {@code name} (qualified or simple) names the type {@code qualified}: equal, or a
   * simple name equal to its simple name (the fallback when a reader could not resolve it).
   */
  public static boolean matches(String name, String qualified) {
    if (name.equals(qualified)) {
      return true;
    }
    return name.indexOf('.') < 0 && simpleName(qualified).equals(name);
  }

  /** {@code setTimeout}: a bean-property setter's name ("set" and a capital). */
  public static boolean isSetterName(String method) {
    return method.length() > 3 && method.startsWith("set") && Character.isUpperCase(method.charAt(3));
  }

  /** {@code MAX_SIZE}, {@code Type.DEFAULT}: a constant by Java's naming convention (the last segment). */
  public static boolean isConstantName(String text) {
    String last = text.substring(text.lastIndexOf('.') + 1);
    return last.length() > 1 && last.equals(last.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(last.charAt(0));
  }
}
