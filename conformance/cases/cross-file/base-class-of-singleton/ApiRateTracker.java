package conformance.crossfile.baseclassofsingleton;

import org.springframework.stereotype.Component;

/** The singleton that inherits the tracker's map; every client key it is given stays. */
@Component
public class ApiRateTracker extends AbstractRateTracker {

  public boolean allow(String clientKey) {
    return count(clientKey) < 100;
  }
}
