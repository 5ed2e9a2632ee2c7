package conformance.initonly;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The container calls a singleton bean's lifecycle callbacks once, while the context starts:
 * {@code afterPropertiesSet} and {@code @PostConstruct}, and the {@code @Bean} methods of a
 * configuration class. Filling a collection there, the bean's own or a static one, is
 * initialisation. A prototype bean's {@code @PostConstruct} runs for every instance made, and a
 * method the application calls runs per request: both are reported.
 */
public final class BeanLifecycleCallbacks {

  private static final Map<String, Integer> LIMITS_BY_PLAN = new ConcurrentHashMap<>(); // expect: none
  private static final List<Object> LIVE_WORKERS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final List<String> ROUTES = new ArrayList<>(); // expect: none
  private static final Map<String, String> LAST_CALLER = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private BeanLifecycleCallbacks() {}

  /** A singleton bean: its callbacks run once. */
  @Component
  public static class PlanLimits implements InitializingBean {
    private final Map<String, String> aliases = new ConcurrentHashMap<>(); // expect: none
    private final String configured;

    public PlanLimits(String configured) {
      this.configured = configured;
    }

    @Override
    public void afterPropertiesSet() {
      for (String entry : configured.split(",")) {
        String[] parts = entry.split("=");
        aliases.put(parts[0], parts[1]);
      }
    }

    @PostConstruct
    void publish() {
      for (String entry : configured.split(",")) {
        LIMITS_BY_PLAN.put(entry, entry.length());
      }
    }

    public void touch(String caller, String route) {
      LAST_CALLER.put(caller, route); // growth
    }

    public String alias(String plan) {
      return aliases.getOrDefault(plan, plan);
    }
  }

  /** A prototype bean: one instance per lookup, so its callback runs at run time. */
  @Component
  @Scope("prototype")
  public static class Worker {
    @PostConstruct
    void enlist() {
      LIVE_WORKERS.add(this); // growth
    }
  }

  /** A configuration class: the container calls its @Bean methods once. */
  @Configuration
  public static class RoutesConfiguration {
    @Bean
    public List<String> routes(String prefix) {
      ROUTES.add(prefix + "/health");
      return ROUTES;
    }
  }

  public static int limit(String plan) {
    return LIMITS_BY_PLAN.getOrDefault(plan, 0) + ROUTES.size() + LIVE_WORKERS.size() + LAST_CALLER.size();
  }
}
