package conformance.singletons;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;

/** A Spring MVC {@code @Controller} is a singleton; stashing every draft in a field leaks. */
@Controller
public class SpringControllerDrafts {

  private final Map<String, String> draftsBySession = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized String saveDraft(String sessionId, String body) {
    draftsBySession.put(sessionId, body); // growth
    return "drafts/saved";
  }
}
