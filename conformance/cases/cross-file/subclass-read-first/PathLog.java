package conformance.crossfile.subclassreadfirst;

import java.util.ArrayList;
import java.util.List;

/** Records paths in the registry it inherits; skips the ones listed once at start-up. */
final class PathLog extends Registry {

  private static final List<String> SKIPPED = new ArrayList<>(List.of("/health", "/ready"));

  private PathLog() {}

  static void record(String path) {
    if (!SKIPPED.contains(path)) {
      BY_PATH.put(path, path); // growth
    }
  }
}
