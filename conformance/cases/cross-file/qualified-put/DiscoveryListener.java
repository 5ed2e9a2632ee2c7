package conformance.crossfile.qualifiedput;

/** Handles service announcements from the discovery network; instances are never forgotten. */
public class DiscoveryListener {

  public void onAnnounce(String serviceInstanceId, String host, int port) {
    ServiceRegistry.SERVICES.put(serviceInstanceId, new ServiceRegistry.Endpoint(host, port)); // growth
  }
}
