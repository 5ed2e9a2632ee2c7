package conformance.singletons;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code @jakarta.inject.Singleton}: the device registry keeps the last heartbeat of every device
 * that ever connected.
 */
@Singleton
public class JakartaSingletonDeviceRegistry {

  private final Map<String, Long> lastHeartbeat = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public void heartbeat(String deviceId, long timestamp) {
    lastHeartbeat.put(deviceId, timestamp); // growth
  }

  public boolean isOnline(String deviceId, long now) {
    Long last = lastHeartbeat.get(deviceId);
    return last != null && now - last < 30_000;
  }
}
