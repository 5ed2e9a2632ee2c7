package conformance.crossfile.staticinitelsewhere;

import java.util.HashMap;
import java.util.Map;

/**
 * A public static map populated only from another class's static initializer: that is
 * initialisation, not run-time growth.
 */
public final class MimeTypes {

  public static final Map<String, String> BY_EXTENSION = new HashMap<>(); // expect: none

  private MimeTypes() {}

  public static String forFile(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1), "application/octet-stream");
  }
}
