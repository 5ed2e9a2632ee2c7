package conformance.crossfile.assignedelsewhere;

import java.util.HashMap;

/** Creates the map once, then stores every override a client sends. */
public final class SettingsEndpoint {
  static {
    Settings.overrides = new HashMap<>();
  }

  public void override(String key, String value) {
    Settings.overrides.put(key, value); // growth
  }
}
