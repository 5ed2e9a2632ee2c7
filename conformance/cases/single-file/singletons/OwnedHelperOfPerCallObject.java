package conformance.singletons;

import java.util.HashMap;
import java.util.Map;

/**
 * A helper owned by an object that is itself made per call: ownership gives the helper its
 * owner's lifetime, and the owner is short-lived.
 */
public final class OwnedHelperOfPerCallObject {

  private final Index index = new Index();

  public static int countDistinct(Iterable<String> words) {
    OwnedHelperOfPerCallObject counter = new OwnedHelperOfPerCallObject();
    for (String w : words) {
      counter.index.see(w);
    }
    return counter.index.size();
  }

  static final class Index {
    private final Map<String, Integer> seen = new HashMap<>(); // expect: none

    void see(String word) {
      seen.merge(word, 1, Integer::sum);
    }

    int size() {
      return seen.size();
    }
  }
}
