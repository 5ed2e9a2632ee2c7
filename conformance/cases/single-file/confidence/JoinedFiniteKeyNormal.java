package conformance.confidence;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A string key joined from parts of finite domains (a locale's tag, a charset's name, literals)
 * takes only the combinations the code can name: normal. Joined with an entity's id, or with text a
 * caller hands in, the key is as open as that part: high.
 */
public final class JoinedFiniteKeyNormal {

  private static final Map<String, Object> FORMATS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Object> PER_USER = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<String, Object> PER_TEXT = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private JoinedFiniteKeyNormal() {}

  public static Object format(Locale locale, Charset charset) {
    String key = locale.toLanguageTag() + '/' + charset.name() + ".fmt";
    return FORMATS.computeIfAbsent(key, k -> new Object()); // growth
  }

  public static Object preferences(long userId, Locale locale) {
    return PER_USER.computeIfAbsent(userId + "@" + locale.toLanguageTag(), k -> new Object()); // growth
  }

  public static Object rendered(String text, Locale locale) {
    return PER_TEXT.computeIfAbsent(locale + ":" + text, k -> new Object()); // growth
  }
}
