package conformance.crossfile.unreachablegrowth;

/** Marks a member that is wider than production code needs, for tests. */
@interface VisibleForTesting {}
