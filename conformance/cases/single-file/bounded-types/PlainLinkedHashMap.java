package conformance.boundedtypes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A LinkedHashMap without a {@code removeEldestEntry} override is as unbounded as a HashMap, even
 * in access order.
 */
public final class PlainLinkedHashMap {

  private static final Map<String, String> RENDERED_PAGES = new LinkedHashMap<>(16, 0.75f, true); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PlainLinkedHashMap() {}

  public static synchronized void rendered(String url, String html) {
    RENDERED_PAGES.put(url, html); // growth
  }
}
