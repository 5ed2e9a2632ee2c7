package conformance.confidence;

import java.util.HashMap;
import java.util.Map;

/**
 * Each instance registers itself under its name from a protected constructor; only the class's
 * own constants are made (no code makes one at run time): one entry per constant, normal.
 */
public class ConstructorRegistryOfConstantsNormal {

  private static final Map<String, ConstructorRegistryOfConstantsNormal> BY_NAME = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  public static final ConstructorRegistryOfConstantsNormal LANGUAGE = new ConstructorRegistryOfConstantsNormal("language");
  public static final ConstructorRegistryOfConstantsNormal READING = new ConstructorRegistryOfConstantsNormal("reading");

  private final String name;

  protected ConstructorRegistryOfConstantsNormal(String name) {
    this.name = name;
    if (getClass() == ConstructorRegistryOfConstantsNormal.class) {
      BY_NAME.put(name, this); // growth
    }
  }

  public String name() {
    return name;
  }
}
