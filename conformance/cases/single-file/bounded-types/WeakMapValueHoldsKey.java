package conformance.boundedtypes;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * A weak map whose value holds its key (the trap the WeakHashMap documentation warns about): the
 * value refers to the owner the key is taken from, so the key stays reachable through the map
 * itself and no entry is ever cleared. Reported even though weak collections count as evicting.
 */
public final class WeakMapValueHoldsKey {

  private static final Map<Object, Summary> SUMMARIES = new WeakHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private WeakMapValueHoldsKey() {}

  public static synchronized void summarise(Owner owner) {
    SUMMARIES.put(owner.key(), new Summary(owner)); // growth
  }

  public interface Owner {
    Object key();
  }

  record Summary(Owner owner) {}
}
