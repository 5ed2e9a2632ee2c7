package conformance.crossfile.beanmethod;

import java.util.HashMap;
import java.util.Map;

/** Made only by a singleton {@code @Bean} method: one per application; every token issued stays. */
public class TokenLedger {

  private final Map<String, String> issued = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void issue(String token, String user) {
    issued.put(token, user); // growth
  }
}
