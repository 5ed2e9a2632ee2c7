package dev.leakguard.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** leakguard's version, as the build stamped it. */
public final class Version {
  private static final Properties PROPERTIES = load();
  private static final String VERSION = PROPERTIES.getProperty("version", "dev");
  private static final String BUILD = PROPERTIES.getProperty("build", "unknown");

  private Version() {}

  public static String get() {
    return VERSION;
  }

  /** When this build was made: caches keyed on it are not trusted by another build. */
  public static String build() {
    return BUILD;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("leakguard.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no stamp: version "dev"
    }
    return p;
  }
}
