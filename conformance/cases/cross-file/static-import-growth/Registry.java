package conformance.crossfile.staticimportgrowth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A public static list grown in another file through a static import of the field. */
public final class Registry {

  public static final List<String> SERVICES = new CopyOnWriteArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private Registry() {}
}
