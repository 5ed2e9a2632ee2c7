package conformance.crossfile.ctorgrowth;

import java.util.List;

/** Loads a plugin per uploaded jar name: one {@code new Plugin(..)} per request. */
public final class PluginLoader {

  public Plugin load(String jarName) {
    return new Plugin(jarName);
  }

  public void loadAll(List<String> jarNames) {
    jarNames.forEach(this::load);
  }
}
