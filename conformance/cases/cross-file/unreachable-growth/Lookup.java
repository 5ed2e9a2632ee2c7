package conformance.crossfile.unreachablegrowth;

/** What the package's lookups answer: the method callers reach through the interface. */
public interface Lookup {

  String resolve(String name);

  /** Declared here, so any holder of a Lookup can call it with what a request carries. */
  void remember(String query, String answer);
}
