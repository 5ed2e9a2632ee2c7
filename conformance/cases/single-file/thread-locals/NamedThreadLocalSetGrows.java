package conformance.threadlocals;

import java.util.HashSet;
import java.util.Set;
import org.springframework.core.NamedThreadLocal;

/** Spring's {@code NamedThreadLocal.withInitial(name, supplier)} makes a thread-local like the JDK's. */
public final class NamedThreadLocalSetGrows {

  private static final ThreadLocal<Set<String>> SEEN_TOKENS = NamedThreadLocal.withInitial("seen tokens", HashSet::new); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private NamedThreadLocalSetGrows() {}

  public static boolean firstUse(String token) {
    return SEEN_TOKENS.get().add(token); // growth
  }
}
