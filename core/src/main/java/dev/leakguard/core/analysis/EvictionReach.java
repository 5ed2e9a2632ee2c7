package dev.leakguard.core.analysis;

import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.Visibility;
import java.util.Set;

/**
 * Whether an eviction can run in production. A removal in a method that nothing in the analysed
 * code calls, and that code outside it cannot call either, runs only in tests (a package-private
 * {@code clearInstance()} a test resets the cache with): it does not count as eviction.
 *
 * <p>Callers are known by name only (any call or method reference with the method's name counts,
 * whatever its target), so the answer errs towards "reachable". Who else may call:
 * <ul>
 *   <li>a public or protected method: any user, subclass or framework (it stays eviction);
 *   <li>an annotated method (a scheduler, an event bus, a container calls it), except for
 *       {@code @VisibleForTesting}, which says the opposite;
 *   <li>a package-private method: the rest of its package, so it counts as unreachable only when
 *       the facts are the whole program (the analyzer), not one file (PMD, Error Prone).
 * </ul>
 */
public final class EvictionReach {
  /** Annotations that say nothing about who calls the method. */
  private static final Set<String> NEUTRAL_ANNOTATIONS = Set.of(
      "Override", "SuppressWarnings", "Deprecated", "SafeVarargs", "SuppressFBWarnings", "Nullable", "NonNull",
      "CheckReturnValue", "CanIgnoreReturnValue");
  private static final String TEST_ONLY_ANNOTATION = "VisibleForTesting";
  /** Methods the JVM or serialization calls by name. */
  private static final Set<String> CALLED_BY_THE_PLATFORM = Set.of(
      "main", "readObject", "writeObject", "readResolve", "writeReplace", "readObjectNoData", "finalize");

  private final MethodIndex methods;
  private final Set<String> invoked;
  private final boolean wholeProgram;

  /**
   * @param wholeProgram the facts are every main source of the program, so a package-private
   *     method nobody calls in them has no caller in production
   */
  public EvictionReach(MethodIndex methods, Set<String> invoked, boolean wholeProgram) {
    this.methods = methods;
    this.invoked = invoked;
    this.wholeProgram = wholeProgram;
  }

  /** Why a removal never runs in production: nothing in the analysed code calls its method, and ... */
  public enum Unreachable {
    /** ... it is private. */
    PRIVATE,
    /** ... it is marked {@code @VisibleForTesting}: only tests call it. */
    TESTS_ONLY,
    /** ... it is package-private and the facts are every main source: only tests can call it. */
    PACKAGE_PRIVATE
  }

  /** Why code in {@code member} never runs in production, or null when it may. */
  public Unreachable unreachable(Member member) {
    if (member.kind() != MemberKind.METHOD || invoked.contains(member.name())
        || CALLED_BY_THE_PLATFORM.contains(member.name())) {
      return null;
    }
    MethodFact fact = methods.find(member.className(), member.name());
    if (fact == null) {
      return null;
    }
    boolean testOnly = false;
    for (AnnotationFact a : fact.annotations()) {
      if (a.simpleName().equals(TEST_ONLY_ANNOTATION)) {
        testOnly = true;
      } else if (!NEUTRAL_ANNOTATIONS.contains(a.simpleName())) {
        return null; // a framework may call it
      }
    }
    if (fact.visibility() == Visibility.PRIVATE) {
      return Unreachable.PRIVATE;
    }
    if (testOnly) {
      return Unreachable.TESTS_ONLY;
    }
    if (fact.visibility() == Visibility.PACKAGE && wholeProgram) {
      return Unreachable.PACKAGE_PRIVATE;
    }
    return null;
  }
}
