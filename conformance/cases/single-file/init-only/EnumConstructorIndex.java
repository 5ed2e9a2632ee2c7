package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * An enum's constructor runs only while its constants are created, with the class: an index it
 * fills (through a nested holder class, so the map exists before the constants) holds exactly
 * one entry per constant.
 */
public enum EnumConstructorIndex {
  USD("840"),
  EUR("978"),
  JPY("392");

  private final String numericCode;

  EnumConstructorIndex(String numericCode) {
    this.numericCode = numericCode;
    Index.BY_NUMERIC_CODE.put(numericCode, this);
  }

  public static EnumConstructorIndex forNumericCode(String numericCode) {
    return Index.BY_NUMERIC_CODE.get(numericCode);
  }

  public String numericCode() {
    return numericCode;
  }

  private static final class Index {
    static final Map<String, EnumConstructorIndex> BY_NUMERIC_CODE = new HashMap<>(); // expect: none
  }
}
