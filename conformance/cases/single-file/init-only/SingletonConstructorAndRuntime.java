package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * The singleton's constructor seeds the map (initialisation, not a growth line), but the public
 * {@code alias} method also adds entries at run time, so the field is flagged with only that line.
 */
public final class SingletonConstructorAndRuntime {

  private static final SingletonConstructorAndRuntime INSTANCE = new SingletonConstructorAndRuntime();

  private final Map<String, String> aliases = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=normal

  private SingletonConstructorAndRuntime() {
    aliases.put("js", "javascript");
    aliases.put("py", "python");
  }

  public static SingletonConstructorAndRuntime getInstance() {
    return INSTANCE;
  }

  public synchronized void alias(String shortName, String language) {
    aliases.put(shortName, language); // growth
  }
}
