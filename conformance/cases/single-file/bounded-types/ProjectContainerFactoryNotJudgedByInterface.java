package conformance.boundedtypes;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A static factory of a map class of the analysed code: what that class does with its entries is
 * its own business (here, references the garbage collector clears), so the interface it is
 * declared as does not judge it.
 */
public final class ProjectContainerFactoryNotJudgedByInterface {

  private static final Map<Class<?>, String> NAMES = ClearingMap.create(); // expect: none

  private ProjectContainerFactoryNotJudgedByInterface() {}

  public static String nameOf(Class<?> type) {
    return NAMES.computeIfAbsent(type, Class::getName);
  }

  static final class ClearingMap<K, V> extends AbstractMap<K, V> {
    static <K, V> Map<K, V> create() {
      return new ClearingMap<>();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
      return Set.of();
    }
  }
}
