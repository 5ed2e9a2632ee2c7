package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** A lambda passed on and run inside the static initializer only fills the list while the class initialises. */
public final class LambdaRunInStaticInitializer {

  private static final List<String> UNITS = new ArrayList<>(); // expect: none

  static {
    List.of("ms", "s", "min").forEach(u -> UNITS.add(u));
  }

  private LambdaRunInStaticInitializer() {}

  public static boolean isUnit(String s) {
    return UNITS.contains(s);
  }
}
