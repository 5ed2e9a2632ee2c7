package conformance.initonly;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code register} is private and called only from field initializers, so its {@code put} is
 * initialisation.
 */
public final class FieldInitializerViaPrivateMethod {

  private static final Map<String, Charset> BY_ALIAS = new HashMap<>(); // expect: none

  public static final Charset UTF_8 = register("utf8", StandardCharsets.UTF_8);
  public static final Charset LATIN_1 = register("latin1", StandardCharsets.ISO_8859_1);

  private FieldInitializerViaPrivateMethod() {}

  private static Charset register(String alias, Charset charset) {
    BY_ALIAS.put(alias, charset);
    return charset;
  }

  public static Charset forAlias(String alias) {
    return BY_ALIAS.getOrDefault(alias, UTF_8);
  }
}
