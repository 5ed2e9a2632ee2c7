package conformance.singletons;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code @SessionScope}: one bean per HTTP session, discarded with the session. spring-web is not
 * on the conformance classpath, so a same-named stand-in is declared below.
 */
@Component
@SessionScope
public class SessionScopedPreferences {

  private final Map<String, String> preferences = new HashMap<>(); // expect: none

  public void set(String key, String value) {
    preferences.put(key, value);
  }
}

/** Stand-in for org.springframework.web.context.annotation.SessionScope. */
@interface SessionScope {}
