package conformance.confidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A class that registers each of its instances, but only its own subclasses' constants make them
 * (a protected constructor, no instance made at run time): a registry of its constants, not one
 * entry per caller's object. Reported (nothing bounds it in the code), at normal confidence.
 */
public class SelfRegistryOfOwnConstantsNormal {

  private static final List<SelfRegistryOfOwnConstantsNormal> ALL = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private final String name;

  protected SelfRegistryOfOwnConstantsNormal(String name) {
    this.name = name;
    ALL.add(this); // growth
  }

  public String name() {
    return name;
  }

  static final class Low extends SelfRegistryOfOwnConstantsNormal {
    static final Low INSTANCE = new Low();

    private Low() {
      super("low");
    }
  }

  static final class High extends SelfRegistryOfOwnConstantsNormal {
    static final High INSTANCE = new High();

    private High() {
      super("high");
    }
  }
}
