package conformance.threadlocals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Before {@code withInitial}, a thread-local's value came from an anonymous subclass overriding
 * {@code initialValue()}: what it returns is each thread's value, judged the same way. An override
 * that does more than return one value shows no value of its own, and is not judged.
 */
public final class ThreadLocalInitialValueOverride {

  private static final ThreadLocal<Map<String, Object>> RESOLVED = new ThreadLocal<Map<String, Object>>() { // expect: UnboundedStaticCollection kind=GROWTH confidence=high
    @Override
    protected Map<String, Object> initialValue() {
      return new HashMap<>();
    }
  };

  private static final ThreadLocal<List<String>> WARNINGS = new ThreadLocal<List<String>>() { // expect: none
    @Override
    protected List<String> initialValue() {
      List<String> list = new ArrayList<>();
      list.add("started");
      return list;
    }
  };

  private ThreadLocalInitialValueOverride() {}

  public static void resolved(String reference, Object target) {
    RESOLVED.get().put(reference, target); // growth
  }

  public static void warn(String warning) {
    WARNINGS.get().add(warning);
  }
}
