package dev.leakguard.core.analysis;

import dev.leakguard.core.model.UseFact;
import java.util.ArrayList;
import java.util.List;

/**
 * The uses of a per-thread holder ({@code ThreadLocal}) read as uses of the calling thread's value,
 * which is what grows: {@code CONTEXT.get().put(k, v)} puts into the thread's map, as {@code put}
 * on the holder would; {@code CONTEXT.remove()} and {@code CONTEXT.set(..)} let the thread's value
 * go, as a {@code clear()} would; {@code CONTEXT.get().clear()} clears it.
 */
public final class ThreadValues {
  private static final String READ = "get";
  private static final List<String> LET_GO = List.of("clear");

  private ThreadValues() {}

  public static List<UseFact> asUsesOfTheThreadsValue(List<UseFact> uses) {
    List<UseFact> out = new ArrayList<>(uses.size());
    for (UseFact u : uses) {
      out.add(ofTheThreadsValue(u));
    }
    return out;
  }

  private static UseFact ofTheThreadsValue(UseFact u) {
    List<String> calls = u.calls();
    if (calls.size() >= 2 && calls.get(0).equals(READ)) {
      return new UseFact(u.holder(), calls.subList(1, calls.size()), u.arity(), u.access(), u.assigned(), u.location(),
          u.enclosing(), u.comparedInCondition(), u.argumentFromParameter(), u.deferred(), Math.max(0, u.prefixSize() - 1),
          u.key(), u.valueHoldsKey(), u.guards());
    }
    if (calls.size() == 1 && u.prefixSize() == 0 && (calls.get(0).equals("remove") || calls.get(0).equals("set"))) {
      return new UseFact(u.holder(), LET_GO, 0, u.access(), u.assigned(), u.location(), u.enclosing(),
          u.comparedInCondition(), u.argumentFromParameter(), u.deferred(), 0, u.key(), u.valueHoldsKey(), u.guards());
    }
    return u;
  }
}
