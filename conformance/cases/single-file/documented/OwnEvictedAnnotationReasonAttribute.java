package conformance.documented;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A team's own {@code @Evicted} whose reason attribute is not named {@code value} documents the eviction too. */
public final class OwnEvictedAnnotationReasonAttribute {

  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.FIELD)
  @interface Evicted {
    String reason();
  }

  @Evicted(reason = "the session listener removes a user's entry at logout")
  private static final Map<String, String> LAST_PAGE = new ConcurrentHashMap<>(); // expect: none

  private OwnEvictedAnnotationReasonAttribute() {}

  public static void visited(String user, String page) {
    LAST_PAGE.put(user, page);
  }
}
