package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * The lazy static holder idiom: a private nested class holds the only instance. The instance's
 * connection log grows with every call of {@code connected}.
 */
public final class HolderIdiomConnectionLog {

  private static final class Holder {
    static final HolderIdiomConnectionLog LOG = new HolderIdiomConnectionLog();
  }

  private final List<String> remoteAddresses = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  private HolderIdiomConnectionLog() {}

  public static HolderIdiomConnectionLog get() {
    return Holder.LOG;
  }

  public synchronized void connected(String remoteAddress) {
    remoteAddresses.add(remoteAddress); // growth
  }
}
