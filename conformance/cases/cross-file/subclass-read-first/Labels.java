package conformance.crossfile.subclassreadfirst;

import java.util.HashMap;

/** A map with a name of its own: a container, like the map it extends. */
final class Labels extends HashMap<String, String> {
  private static final long serialVersionUID = 1L;
}
