package conformance.crossfile.ctorgrowth;

/** Every plugin instance registers itself in {@code PluginRegistry.LOADED} and never leaves. */
public class Plugin {

  private final String name;

  public Plugin(String name) {
    this.name = name;
    synchronized (PluginRegistry.LOADED) {
      PluginRegistry.LOADED.add(this); // growth
    }
  }

  public String name() {
    return name;
  }
}
