package conformance.initonly;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A growth call in a field initializer runs once, during class initialisation: the reserved user
 * names are filled by the {@code RESERVED_LOADED} initializer and only read afterwards.
 */
public final class FieldInitializerPopulated {

  private static final Set<String> RESERVED_NAMES = new HashSet<>(); // expect: none

  private static final boolean RESERVED_LOADED = RESERVED_NAMES.addAll(List.of("admin", "root", "system"));

  private FieldInitializerPopulated() {}

  public static boolean isReserved(String username) {
    return RESERVED_LOADED && RESERVED_NAMES.contains(username);
  }
}
