package conformance.crossfile.staticimportgrowth;

import static conformance.crossfile.staticimportgrowth.Registry.SERVICES;

/** Records every service that ever sent a heartbeat, through the statically imported list. */
public class HeartbeatHandler {

  public void onHeartbeat(String serviceName) {
    if (!SERVICES.contains(serviceName)) {
      SERVICES.add(serviceName); // growth
    }
  }
}
