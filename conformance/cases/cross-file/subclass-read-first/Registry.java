package conformance.crossfile.subclassreadfirst;

/**
 * Declares a registry of the project's own map type, grown only by a subclass, which a public
 * endpoint of the package calls with every request's path: high. The subclass declares a
 * collection of its own, so it is read before this file is known to matter; it matters all the
 * same, and so does the endpoint that calls it.
 */
class Registry {

  static final Labels BY_PATH = new Labels(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
}
