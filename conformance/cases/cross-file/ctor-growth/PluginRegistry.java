package conformance.crossfile.ctorgrowth;

import java.util.ArrayList;
import java.util.List;

/**
 * A public static list that this file never grows; {@code Plugin}'s constructor (another file)
 * adds every new plugin to it, which is run-time growth found across files.
 */
public final class PluginRegistry {

  public static final List<Plugin> LOADED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PluginRegistry() {}

  public static int count() {
    return LOADED.size();
  }
}
