package conformance.readers;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A method reference stored in a static field adds on every call, like a lambda. */
public final class MethodReferenceInStaticField {

  private static final Set<String> SEEN = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  public static final Consumer<String> MARK_SEEN = SEEN::add; // growth

  private MethodReferenceInStaticField() {}
}
