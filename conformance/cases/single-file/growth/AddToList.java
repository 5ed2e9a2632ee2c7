package conformance.growth;

import java.util.ArrayList;
import java.util.List;

/** {@code add} is a growth site: every failed login is appended to a static list. */
public final class AddToList {

  private static final List<String> FAILED_LOGINS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private AddToList() {}

  public static synchronized void loginFailed(String username) {
    FAILED_LOGINS.add(username); // growth
  }
}
