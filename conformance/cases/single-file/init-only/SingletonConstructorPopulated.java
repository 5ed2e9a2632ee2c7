package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * For a singleton, the constructor is initialisation: it runs once, so filling the unit table there
 * is not run-time growth.
 */
public final class SingletonConstructorPopulated {

  public static final SingletonConstructorPopulated INSTANCE = new SingletonConstructorPopulated();

  private final Map<String, Double> metresPerUnit = new HashMap<>(); // expect: none

  private SingletonConstructorPopulated() {
    metresPerUnit.put("mm", 0.001);
    metresPerUnit.put("cm", 0.01);
    metresPerUnit.put("km", 1000.0);
  }

  public double toMetres(double value, String unit) {
    return value * metresPerUnit.getOrDefault(unit, 1.0);
  }
}
