package conformance.confidence;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * What a reflection lookup finds (a method, a field, a constructor of a loaded class) is declared
 * by the code: a finite domain, normal confidence, even though the lookup takes its names from the
 * caller and the growth runs in a public constructor. The same constructor remembering the text
 * of the lookup, not the member it found, stays high.
 */
public final class ReflectedMemberKeyNormal {

  private static final Set<Object> GUARDED_METHODS = Collections.synchronizedSet(new HashSet<>()); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Set<Field> WATCHED_FIELDS = Collections.synchronizedSet(new HashSet<>()); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Set<String> LOOKUP_TEXTS = Collections.synchronizedSet(new HashSet<>()); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private final Class<?> owner;

  public ReflectedMemberKeyNormal(Class<?> owner, String method, Class<?>... parameters) throws NoSuchMethodException {
    this.owner = owner;
    if (!GUARDED_METHODS.add(owner.getDeclaredMethod(method, parameters))) { // growth
      throw new IllegalStateException("one guard per method");
    }
    LOOKUP_TEXTS.add(owner.getName() + "#" + method); // growth
  }

  public void watch(String fieldName) throws NoSuchFieldException {
    Field field = owner.getField(fieldName);
    WATCHED_FIELDS.add(field); // growth
  }
}
