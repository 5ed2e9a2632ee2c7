package conformance.suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code @SuppressWarnings("leakguard")} on the enclosing class suppresses leakguard findings on
 * all of its fields.
 */
@SuppressWarnings("leakguard")
public final class SuppressLeakguardOnClass {

  private static final List<String> TEST_FIXTURES = new ArrayList<>(); // expect: none

  private static final Map<String, String> STUB_RESPONSES = new ConcurrentHashMap<>(); // expect: none

  private SuppressLeakguardOnClass() {}

  public static synchronized void fixture(String name) {
    TEST_FIXTURES.add(name);
  }

  public static void stub(String path, String body) {
    STUB_RESPONSES.put(path, body);
  }
}
