package conformance.crossfile.ownedhelperelsewhere;

/** A singleton that owns its statistics object, declared in another file. */
public final class ConnectionRegistry {

  private static final ConnectionRegistry INSTANCE = new ConnectionRegistry();

  private final ConnectionStats stats = new ConnectionStats();

  private ConnectionRegistry() {}

  public static ConnectionRegistry get() {
    return INSTANCE;
  }

  public void opened(String remoteAddress) {
    stats.opened(remoteAddress);
  }
}
