package conformance.confidence;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * computeIfAbsent stores nothing when its function returns null: a cache whose function returns
 * null for keys it does not recognise (a name missing from a fixed table, a resource that does not
 * exist, a name that fails validation) holds only the recognised keys: normal. The null may be a
 * branch of the lambda's conditional, a {@code return null;} in its body, or one in a method of
 * this class the lambda calls or a method reference names. The same caches whose function always
 * builds a value from the key store every key asked for: high, and so does one whose only
 * {@code return null;} belongs to another function nested in it.
 */
public final class UnrecognisedKeyNullNormal {

  private static final Map<String, Integer> LEVELS = Map.of("low", 1, "medium", 5, "high", 9);

  private static final Map<String, Object> HANDLERS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Integer> WEIGHTS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, String> SLUGS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Object> LABELS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<String, String> TITLES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<String, Callable<String>> ACTIONS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private UnrecognisedKeyNullNormal() {}

  public static Object handler(String level) {
    return HANDLERS.computeIfAbsent(level, k -> LEVELS.containsKey(k) ? new Object() : null); // growth
  }

  public static String template(String path) {
    return TEMPLATES.computeIfAbsent(path, UnrecognisedKeyNullNormal::locate); // growth
  }

  public static Integer weight(String level) {
    return WEIGHTS.computeIfAbsent(level, k -> { // growth
      Integer base = LEVELS.get(k);
      if (base == null) {
        return null;
      }
      return base * 10;
    });
  }

  public static String slug(String text) {
    return SLUGS.computeIfAbsent(text, k -> validated(k)); // growth
  }

  public static Object label(String text) {
    return LABELS.computeIfAbsent(text, k -> new Object()); // growth
  }

  public static String title(String text) {
    return TITLES.computeIfAbsent(text, UnrecognisedKeyNullNormal::capitalised); // growth
  }

  public static Callable<String> reader(String text) {
    return ACTIONS.computeIfAbsent(text, k -> { // growth
      Callable<String> read = () -> {
        if (k.isBlank()) {
          return null;
        }
        return k.strip();
      };
      return read;
    });
  }

  private static String locate(String path) {
    if (!path.endsWith(".tpl") || path.contains("..")) {
      return null;
    }
    return "templates/" + path;
  }

  private static String validated(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return null;
    }
    return text.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
