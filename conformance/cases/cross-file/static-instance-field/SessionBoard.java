package conformance.crossfile.staticinstancefield;

import java.util.HashMap;
import java.util.Map;

/** An enum singleton whose maps are public fields: other files grow them through the constant. */
public enum SessionBoard {
  INSTANCE;

  public final Map<String, Object> open = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high
  public final Map<String, Object> pending = new HashMap<>(); // expect: none
}
