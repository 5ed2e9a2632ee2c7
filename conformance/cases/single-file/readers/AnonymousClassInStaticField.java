package conformance.readers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The same growth in an anonymous class stored in a static field: reported like the lambda. */
public final class AnonymousClassInStaticField {

  private static final List<String> LOG = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  public static final Consumer<String> SINK = new Consumer<String>() {
    @Override
    public void accept(String s) {
      LOG.add(s); // growth
    }
  };

  private AnonymousClassInStaticField() {}
}
