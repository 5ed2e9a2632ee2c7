package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/**
 * A constructor is initialisation only for a singleton's own instance fields. This static list is
 * grown by every {@code new StaticHolderGrownInConstructor(..)} (one per opened connection), which
 * is run-time growth.
 */
public class StaticHolderGrownInConstructor {

  private static final List<StaticHolderGrownInConstructor> OPEN_CONNECTIONS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private final String url;

  public StaticHolderGrownInConstructor(String url) {
    this.url = url;
    synchronized (OPEN_CONNECTIONS) {
      OPEN_CONNECTIONS.add(this); // growth
    }
  }

  public String url() {
    return url;
  }

  public static StaticHolderGrownInConstructor open(String url) {
    return new StaticHolderGrownInConstructor(url);
  }
}
