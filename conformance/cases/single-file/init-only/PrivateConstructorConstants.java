package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * A static registry filled by a private constructor whose every call is a static initializer:
 * the constants are created once, with the class, so the registry holds exactly one entry per
 * constant.
 */
public final class PrivateConstructorConstants {

  private static final Map<String, PrivateConstructorConstants> BY_KEYWORD = new HashMap<>(); // expect: none

  static {
    new PrivateConstructorConstants("CN", "2.5.4.3");
    new PrivateConstructorConstants("C", "2.5.4.6");
  }

  public static final PrivateConstructorConstants OU = new PrivateConstructorConstants("OU", "2.5.4.11");

  private final String keyword;
  private final String oid;

  private PrivateConstructorConstants(String keyword, String oid) {
    this.keyword = keyword;
    this.oid = oid;
    BY_KEYWORD.put(keyword, this);
  }

  public static PrivateConstructorConstants forKeyword(String keyword) {
    return BY_KEYWORD.get(keyword);
  }

  public String oid() {
    return oid;
  }

  public String keyword() {
    return keyword;
  }
}
