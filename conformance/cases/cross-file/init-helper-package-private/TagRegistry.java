package conformance.crossfile.inithelperpackageprivate;

import java.util.HashSet;
import java.util.Set;

/**
 * The same shape, but another file of the package also calls the package-private helper, once per
 * request: run-time growth.
 */
public final class TagRegistry {

  private static final Set<String> TAGS = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  static {
    addTag("default");
  }

  private TagRegistry() {}

  static synchronized void addTag(String tag) {
    TAGS.add(tag); // growth
  }
}
