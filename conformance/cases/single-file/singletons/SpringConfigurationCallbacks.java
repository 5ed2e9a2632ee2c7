package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Configuration;

/**
 * A {@code @Configuration} class is itself a singleton bean; collecting shutdown callbacks that any
 * caller can register at run time grows its list without bound.
 */
@Configuration
public class SpringConfigurationCallbacks {

  private final List<Runnable> shutdownCallbacks = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void onShutdown(Runnable callback) {
    shutdownCallbacks.add(callback); // growth
  }
}
