package conformance.documented;

import dev.leakguard.annotations.Evicted;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code @Evicted("")} on a singleton bean's field is a blank reason too; the finding is the
 * singleton rule with kind BLANK_REASON.
 */
@Component
public class BlankEvictedOnSingleton {

  @Evicted("")
  private final Map<String, String> pendingInvites = new HashMap<>(); // expect: UnboundedSingletonCollection kind=BLANK_REASON confidence=normal

  public synchronized void invite(String email, String teamId) {
    pendingInvites.put(email, teamId); // growth
  }
}
