package conformance.boundedtypes;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code Collections.unmodifiableMap(..)} is read-only, so the public view is never flagged. The
 * private backing map behind it is grown by {@code register} and is reported on its own line.
 */
public final class UnmodifiableMapView {

  private static final Map<String, String> BACKING = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  public static final Map<String, String> CONTENT_TYPES = Collections.unmodifiableMap(BACKING); // expect: none

  private UnmodifiableMapView() {}

  public static synchronized void register(String extension, String contentType) {
    BACKING.put(extension, contentType); // growth
  }
}
