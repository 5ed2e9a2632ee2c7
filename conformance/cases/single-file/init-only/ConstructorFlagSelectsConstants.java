package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * An interning class: its constants register in one table, names met at run time in another. The
 * constructor's flag selects the table, and only the constants' constructor passes {@code true}:
 * the constants' table fills while the class initialises (not reported). The run-time table grows
 * with every new name, and nothing removes from it (reported).
 */
public final class ConstructorFlagSelectsConstants {

  private static final Map<String, ConstructorFlagSelectsConstants> CONSTANTS = new HashMap<>(); // expect: none
  private static final Map<String, ConstructorFlagSelectsConstants> MET = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  public static final ConstructorFlagSelectsConstants TYPE = new ConstructorFlagSelectsConstants("Type");
  public static final ConstructorFlagSelectsConstants LENGTH = new ConstructorFlagSelectsConstants("Length");

  private final String name;

  private ConstructorFlagSelectsConstants(String spelling, boolean constant) {
    this.name = spelling;
    if (constant) {
      CONSTANTS.put(spelling, this); // initialisation: only constants pass true
    } else {
      MET.put(spelling, this); // growth
    }
  }

  private ConstructorFlagSelectsConstants(String name) {
    this(name, true);
  }

  public static synchronized ConstructorFlagSelectsConstants intern(String text) {
    ConstructorFlagSelectsConstants known = CONSTANTS.get(text);
    if (known == null) {
      known = MET.get(text);
    }
    return known != null ? known : new ConstructorFlagSelectsConstants(text, false);
  }

  public String name() {
    return name;
  }
}
