package conformance.documented;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An annotation named {@code Bounded} from any package counts: this project declares its own
 * instead of depending on leakguard-annotations.
 */
public final class OwnBoundedAnnotation {

  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.FIELD)
  @interface Bounded {
    String value();
  }

  @Bounded("one entry per deployed region, at most 12")
  private static final Map<String, String> ENDPOINT_BY_REGION = new ConcurrentHashMap<>(); // expect: none

  private OwnBoundedAnnotation() {}

  public static void discovered(String region, String endpoint) {
    ENDPOINT_BY_REGION.put(region, endpoint);
  }
}
