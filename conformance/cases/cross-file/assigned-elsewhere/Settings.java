package conformance.crossfile.assignedelsewhere;

import java.util.Map;

/**
 * A public static map declared without a value: another class creates it at start-up and grows
 * it on every request. The declaring file names no container class, so the analyzer must still
 * read it to know the holder.
 */
public final class Settings {
  public static Map<String, String> overrides; // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private Settings() {}
}
