package conformance.documented;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every attribute of a team's own {@code @Bounded} is blank: it documents nothing and is reported. */
public final class OwnBoundedAnnotationBlankWhy {

  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.FIELD)
  @interface Bounded {
    String why();
  }

  @Bounded(why = " ")
  private static final Map<String, String> ALIASES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=BLANK_REASON confidence=normal

  private OwnBoundedAnnotationBlankWhy() {}

  public static void alias(String name, String target) {
    ALIASES.put(name, target); // growth
  }
}
