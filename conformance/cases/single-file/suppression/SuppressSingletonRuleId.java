package conformance.suppression;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * {@code @SuppressWarnings("UnboundedSingletonCollection")} on the class suppresses the singleton
 * rule for the bean's fields.
 */
@Service
@SuppressWarnings("UnboundedSingletonCollection")
public class SuppressSingletonRuleId {

  private final List<String> recordedCalls = new ArrayList<>(); // expect: none

  public synchronized void record(String call) {
    recordedCalls.add(call);
  }
}
