package dev.leakguard.core.analysis;

/**
 * What decides how many entries a growth site can add: the domain of the key (maps) or element
 * (collections) it adds, as far as the code shows it (DESIGN.md section 4, confidence).
 *
 * @param reason a phrase for the explanation ("the key is a random UUID")
 */
public record KeyDomain(Kind kind, String reason) implements java.io.Serializable {
  public static final KeyDomain UNKNOWN = new KeyDomain(Kind.UNKNOWN, "");

  public enum Kind {
    /** Unbounded by construction: ids, UUIDs, counters, timestamps, a new object per call. */
    UNBOUNDED,
    /** A finite domain: classes, locales, charsets, time zones, enum constants, constants, small computed numbers. */
    FINITE,
    /** A registration: the parameter object itself, added by a register/listener/subscribe method. */
    REGISTRATION,
    /**
     * The key comes from no parameter while the value does ({@code M.put(name, request)} with
     * {@code name} a field): for a map, the value adds no entry; for a multimap or a list it does.
     */
    NOT_INPUT,
    /** Numbers and booleans: neither, on their own. */
    NEUTRAL,
    /** The code does not say. */
    UNKNOWN
  }

  public boolean decides() {
    return kind == Kind.UNBOUNDED || kind == Kind.FINITE || kind == Kind.REGISTRATION;
  }
}
