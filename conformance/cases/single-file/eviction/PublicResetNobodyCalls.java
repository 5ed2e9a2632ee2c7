package conformance.eviction;

import java.util.ArrayList;
import java.util.List;

/**
 * A public reset that nothing in the code calls still counts as eviction: the users of the class
 * may call it (a library's documented reset).
 */
public final class PublicResetNobodyCalls {

  private static final List<Runnable> HOOKS = new ArrayList<>(); // expect: none

  private PublicResetNobodyCalls() {}

  public static synchronized void onShutdown(Runnable hook) {
    HOOKS.add(hook);
  }

  public static synchronized void reset() {
    HOOKS.clear();
  }
}
