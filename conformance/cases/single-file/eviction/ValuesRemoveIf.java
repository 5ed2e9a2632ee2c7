package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code values().removeIf(..)} removes entries through the values view: eviction evidence. */
public final class ValuesRemoveIf {

  record Upload(String id, boolean finished) {}

  private static final Map<String, Upload> UPLOADS = new ConcurrentHashMap<>(); // expect: none

  private ValuesRemoveIf() {}

  public static void started(String uploadId) {
    UPLOADS.put(uploadId, new Upload(uploadId, false));
  }

  public static void finished(String uploadId) {
    UPLOADS.put(uploadId, new Upload(uploadId, true));
  }

  public static void purgeFinished() {
    UPLOADS.values().removeIf(Upload::finished);
  }
}
