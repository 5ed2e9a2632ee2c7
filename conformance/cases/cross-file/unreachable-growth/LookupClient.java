package conformance.crossfile.unreachablegrowth;

/** Takes every request's pair to the shared lookup, through the interface. */
public final class LookupClient {

  private final Lookup lookup = RewritingLookup.SHARED;

  public String handle(String query, String answer) {
    lookup.remember(query, answer);
    return lookup.resolve(query);
  }
}
