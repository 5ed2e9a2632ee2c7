package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A Spring {@code @Component} is a singleton bean by default; its event log only grows. */
@Component
public class SpringComponentEventLog {

  private final List<String> events = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void append(String event) {
    events.add(event); // growth
  }
}
