package conformance.boundedtypes;

import com.google.common.collect.Lists;
import java.util.List;

/** Guava's {@code Lists.newArrayList()} is a plain mutable ArrayList. */
public final class GuavaListsNewArrayList {

  private static final List<String> WEBHOOK_FAILURES = Lists.newArrayList(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private GuavaListsNewArrayList() {}

  public static synchronized void failed(String url) {
    WEBHOOK_FAILURES.add(url); // growth
  }
}
