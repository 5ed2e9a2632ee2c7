package conformance.crossfile.projectcontainer;

/**
 * A static store of the project's own container type: every login puts a session and nothing
 * removes one (the store's remove is never called), so it grows with every login.
 */
public final class Sessions {

  static final KeyedStore<String, String> STORE = KeyedStore.create(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private Sessions() {}
}
