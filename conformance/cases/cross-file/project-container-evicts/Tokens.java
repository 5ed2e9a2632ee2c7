package conformance.crossfile.projectcontainerevicts;

/** A static store of a container whose put evicts past a size: no finding. */
public final class Tokens {

  static final BoundedStore<String, String> ISSUED = new BoundedStore<>(); // expect: none

  private Tokens() {}

  public static void issue(String token, String user) {
    ISSUED.put(token, user);
  }
}
