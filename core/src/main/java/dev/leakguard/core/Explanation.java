package dev.leakguard.core;

import dev.leakguard.core.analysis.EvictionReach;
import dev.leakguard.core.analysis.Singletons;
import dev.leakguard.core.catalog.Classification;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Names;

/**
 * The one place that words a finding's explanation ({@code --explain}, SARIF, review comments):
 * each step of the judgement and each growth site's confidence reason, as the judge decides
 * them. As in {@link Messages}, no trailing period.
 */
final class Explanation {
  private Explanation() {}

  static String isStatic(HolderFact h) {
    return "'" + Messages.holderName(h) + "' is static: it lives as long as its class";
  }

  static String holds(Classification c) {
    return "it holds " + Wording.withArticle(c.typeName()) + " (" + c.shape().noun() + "), " + Wording.whichClause(c.reason());
  }

  /** Why a field's class lives as long as the application. */
  /** A base class's instance field, held by a singleton subclass's one instance. */
  static String inheritedBySingleton(HolderFact h, String subclass) {
    return "'" + Names.simpleName(h.declaringClass()) + "." + h.name() + "' is an instance field, and '"
        + Names.simpleName(subclass) + "' inherits it";
  }

  static String singleton(Singletons.Reason r) {
    String name = "'" + Names.simpleName(r.className()) + "'";
    return switch (r.kind()) {
      case ENUM -> name + " is an enum: its constants live as long as the class";
      case ANNOTATED -> name + " is annotated @" + Names.simpleName(r.via()) + ": one instance per application";
      case CONTAINER_MANAGED -> name + " extends " + Names.simpleName(r.via()) + ": the container keeps one instance";
      case PRIVATE_CONSTRUCTORS -> r.via() == null
          ? name + " has only private constructors and keeps its one instance in a static field"
          : name + " has only private constructors and makes its one instance lazily, into its static field '" + r.via()
              + "' when that is null";
      case CREATED_AT_START_UP -> name + " is created once, in '" + r.madeIn().displayName() + "' of '"
          + Names.simpleName(r.madeIn().className()) + "' at start-up, so it lives as long as the program";
      case BEAN_METHOD -> name + " is made only by the bean method '" + r.madeIn().displayName() + "' of '"
          + Names.simpleName(r.madeIn().className()) + "': the container calls it once and keeps the bean";
      case CREATED_IN_STATIC_INITIALIZER -> "every instance of " + name
          + " is created in a static initializer, so it lives as long as the class"
          + (r.publicConstructor() ? " (its constructor is public, so only growth reached through that static instance counts)" : "");
      case OWNED -> name + " is created only as part of '" + Names.simpleName(r.via()) + "', so it lives as long as its owner: "
          + ownerChain(r.ownerChain()) + " (" + singleton(r.ownerReason()) + ")";
    };
  }

  /** The way from where an owner lives to an owned object: {@code Registry.INSTANCE → keyLocks}. */
  private static String ownerChain(java.util.List<Singletons.Link> links) {
    StringBuilder b = new StringBuilder();
    for (Singletons.Link l : links) {
      switch (l.kind()) {
        case STATIC_FIELD -> b.append(Names.simpleName(l.owner())).append('.').append(l.field());
        case SINGLETON_CLASS -> b.append(Names.simpleName(l.owner()));
        case INSTANCE_FIELD -> b.append(" → ").append(l.field());
        case MADE_IN_CONSTRUCTOR -> b.append(" → (made in its constructor)");
      }
    }
    return b.toString();
  }

  static String valuesHoldKeys() {
    return "but its values hold their keys (a value made from the key or from the object the key is taken"
        + " from): the map itself keeps every key reachable, so the garbage collector never clears an entry";
  }

  static String removalSetAside(Location at, String method, EvictionReach.Unreachable why) {
    String name = "'" + method + "'";
    return "the removal at " + at.fileName() + ":" + at.line() + " does not count: " + switch (why) {
      case PRIVATE -> name + " is private and nothing calls it";
      case TESTS_ONLY -> name + " is marked @VisibleForTesting and nothing in the analysed code calls it: only tests do";
      case PACKAGE_PRIVATE -> name + " is package-private and nothing in the main sources calls it: only tests can";
    };
  }

  static String blankBound(String text) {
    return "its documented bound is blank: " + text;
  }

  static String strictNoGrowth() {
    return "strict mode: no documented bound (no run-time growth site was seen)";
  }

  static String growsAt(GrowthSite first) {
    return "it grows at " + first.location().fileName() + ":" + first.location().line() + " ('" + first.call()
        + "' in '" + first.member() + "'), which runs at run time, not only during initialisation";
  }

  static String confidence(Confidence confidence, GrowthSite first) {
    return (confidence == Confidence.HIGH ? "confidence high: " : "confidence normal: ") + first.confidenceReason();
  }

  static String nothingEvicts() {
    return "nothing removes from it, no size check guards the growth, and no bound is documented";
  }

  // Confidence reasons of growth sites.

  static String diagnosticSwitch(String switchName) {
    return "it runs only when '" + switchName
        + "', a switch fixed when the class initialises, is on (a diagnostic mode, off unless configured)";
  }

  static String oneEntryPerConstant(String className) {
    return "it runs when an instance of '" + Names.simpleName(className) + "' is constructed, and no code makes one"
        + " at run time (its constructors are not public): one entry per constant";
  }

  static String finiteDomain(String reason) {
    return reason + ", so the finding asks for that bound to be written down";
  }

  /** A finite element appended to a list or queue: duplicates pile up, so the domain bounds nothing. */
  static String appendedKeepsDuplicates(String reason, String noun) {
    return reason + ", but a " + noun + " keeps every element it is given, duplicates too: each call appends one";
  }

  static String scheduledAppend(String member, String noun) {
    return "'" + member + "' runs on a schedule for as long as the application runs, and a " + noun
        + " keeps every element it is given: each run appends one";
  }

  static String setter(String member) {
    return "'" + member + "' is a setter: it configures, called while things are set up, not per request";
  }

  static String registrationMethod(String member) {
    return "what it adds is computed from what callers register with '" + member
        + "': one entry per registered thing, not per request";
  }

  static String protectedHook(String member) {
    return "'" + member + "' is protected and its class never calls it: a hook subclasses call to configure"
        + " what they extend, not a request path";
  }

  static String unreachable(String member, dev.leakguard.core.analysis.InitContexts.Unreachable why) {
    return switch (why) {
      case CLASS_NOT_OPEN -> "nothing in the analysed code calls '" + member + "', and its class is not open to"
          + " other packages: no request path reaches this growth (a caller elsewhere would decide)";
      case TESTS_ONLY -> "'" + member + "' is marked @VisibleForTesting and nothing in the analysed code calls it:"
          + " only tests grow the collection here";
    };
  }

  static String calledAtStartUp(String member) {
    return "every call of '" + member + "' in the analysed code runs at start-up (class initialisation, main,"
        + " a singleton's constructor or start-up callback): one entry per thing registered, not per request";
  }

  static String calledWithConstants(String member) {
    return "every call of '" + member + "' in the analysed code passes constants (or runs while a class"
        + " initialises): the code chooses its few keys, input does not";
  }

  static String processSetup(String member) {
    return "'" + member + "' also registers a JVM shutdown hook, so it sets up the process: one entry per"
        + " process-wide resource, at start-up, not per request";
  }

  static String fromParameter(String member) {
    return "what it adds comes from a parameter of '" + member + "': input decides how many entries there are";
  }

  /** A map put whose value is input but whose key is not: the keys, not the values, count. */
  static String keyNotFromParameter(String reason) {
    return reason + ", so write down what bounds the keys";
  }

  static String notFromParameter() {
    return "what it adds does not come from a method parameter: the domain may be finite, so write its bound down";
  }

  static String insideContainer(String containerClass) {
    return "inside '" + Names.simpleName(containerClass) + "', what the call on the holder runs";
  }
}
