package dev.leakguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.core.analysis.EvictionReach;
import dev.leakguard.core.analysis.Singletons;
import dev.leakguard.core.analysis.Singletons.Link;
import dev.leakguard.core.analysis.Singletons.Reason;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis decides as data (why a class lives long, why a removal does not count); Explanation words it. */
class ExplanationTest {

  @Test
  void aSingletonReason_isWordedWithSimpleNames() {
    assertEquals("'Registry' is annotated @Singleton: one instance per application",
        Explanation.singleton(reason(Reason.Kind.ANNOTATED, "com.acme.Registry", "jakarta.inject.Singleton")));
    assertEquals("'Routes' extends HttpServlet: the container keeps one instance",
        Explanation.singleton(reason(Reason.Kind.CONTAINER_MANAGED, "com.acme.Routes", "jakarta.servlet.http.HttpServlet")));
    assertEquals("'Wiring' is created once, in 'main' of 'App' at start-up, so it lives as long as the program",
        Explanation.singleton(new Reason(Reason.Kind.CREATED_AT_START_UP, "com.acme.Wiring", null,
            new Member("com.acme.App", "main", MemberKind.METHOD), false, List.of(), null)));
    assertEquals("'Ledger' is made only by the bean method 'ledger' of 'AppConfig': the container calls it once and"
        + " keeps the bean", Explanation.singleton(new Reason(Reason.Kind.BEAN_METHOD, "com.acme.Ledger", null,
            new Member("com.acme.AppConfig", "ledger", MemberKind.METHOD), false, List.of(), null)));
    assertEquals("'Store' has only private constructors and makes its one instance lazily, into its static field"
        + " 'instance' when that is null",
        Explanation.singleton(reason(Reason.Kind.PRIVATE_CONSTRUCTORS, "com.acme.Store", "instance")));
    assertEquals("every instance of 'Formats' is created in a static initializer, so it lives as long as the class"
        + " (its constructor is public, so only growth reached through that static instance counts)",
        Explanation.singleton(new Reason(Reason.Kind.CREATED_IN_STATIC_INITIALIZER, "com.acme.Formats", null, null, true,
            List.of(), null)));
  }

  @Test
  void anOwnedClass_namesItsOwner_theWayToIt_andWhyTheOwnerLives() {
    Reason owner = reason(Reason.Kind.PRIVATE_CONSTRUCTORS, "com.acme.Registry", null);
    List<Link> chain = List.of(new Link(Link.Kind.STATIC_FIELD, "com.acme.Registry", "INSTANCE", "com.acme.Registry"),
        new Link(Link.Kind.INSTANCE_FIELD, "com.acme.Registry", "keyLocks", "com.acme.KeyLocks"),
        new Link(Link.Kind.MADE_IN_CONSTRUCTOR, "com.acme.KeyLocks", null, "com.acme.Lock"));
    assertEquals("'Lock' is created only as part of 'KeyLocks', so it lives as long as its owner:"
        + " Registry.INSTANCE → keyLocks → (made in its constructor)"
        + " ('Registry' has only private constructors and keeps its one instance in a static field)",
        Explanation.singleton(new Singletons.Reason(Reason.Kind.OWNED, "com.acme.Lock", "com.acme.KeyLocks", null, false, chain, owner)));
  }

  @Test
  void aRemovalNothingCallsInProduction_isSetAsideSayingWhy() {
    Location at = new Location("/work/shop/src/Audit.java", 40, 5);
    assertEquals("the removal at Audit.java:40 does not count: 'reset' is private and nothing calls it",
        Explanation.removalSetAside(at, "reset", EvictionReach.Unreachable.PRIVATE));
    assertEquals("the removal at Audit.java:40 does not count: 'reset' is marked @VisibleForTesting and nothing in"
        + " the analysed code calls it: only tests do", Explanation.removalSetAside(at, "reset", EvictionReach.Unreachable.TESTS_ONLY));
    assertEquals("the removal at Audit.java:40 does not count: 'reset' is package-private and nothing in the main"
        + " sources calls it: only tests can", Explanation.removalSetAside(at, "reset", EvictionReach.Unreachable.PACKAGE_PRIVATE));
  }

  private static Reason reason(Reason.Kind kind, String className, String via) {
    return new Reason(kind, className, via, null, false, List.of(), null);
  }
}
