package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reassigning the field to a fresh collection outside initialisation drops every old entry: the
 * route table is swapped out on each redeploy.
 */
public final class ReassignFreshMap {

  private static volatile Map<String, String> routes = new ConcurrentHashMap<>(); // expect: none

  private ReassignFreshMap() {}

  public static void addRoute(String path, String backend) {
    routes.put(path, backend);
  }

  public static void redeploy() {
    routes = new ConcurrentHashMap<>();
  }
}
