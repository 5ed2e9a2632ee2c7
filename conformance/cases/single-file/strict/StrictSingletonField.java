// options: requireGrowthEvidence=false
package conformance.strict;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Strict mode applies to singleton fields too: this bean's list is only filled in
 * {@code @PostConstruct}, so the finding is the singleton rule with kind STRICT.
 */
@Component
public class StrictSingletonField {

  private final List<String> bannedWords = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=STRICT confidence=normal

  @PostConstruct
  void load() {
    bannedWords.add("spam");
    bannedWords.add("scam");
  }

  public boolean allowed(String text) {
    return bannedWords.stream().noneMatch(text::contains);
  }
}
