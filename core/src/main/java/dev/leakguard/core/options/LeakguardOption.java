package dev.leakguard.core.options;

import dev.leakguard.core.Options;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of leakguard's options: name, type, default, description, validation and aliases.
 * Every front end derives its spelling of each option from here (Error Prone flag, PMD property,
 * Maven parameter and user property, command-line option, conformance header), parses and checks
 * values here, and names the option in its own words when a value is refused. The documentation
 * tables are generated from it too.
 */
public enum LeakguardOption {
  REQUIRE_GROWTH_EVIDENCE(
      "requireGrowthEvidence",
      ValueType.BOOLEAN,
      "report only holders seen growing at run time",
      "Precise mode (true): report a holder only when a run-time growth site is seen. Strict mode"
          + " (false): report every static or singleton mutable unbounded collection with no documented"
          + " bound and no eviction, grown or not.",
      "false",
      List.of(new OptionAlias("strict", true,
          "strict mode: every unbounded holder, grown or not (requireGrowthEvidence=false)",
          "Strict mode, the opposite of requireGrowthEvidence: strict=true is requireGrowthEvidence=false."))),
  WEAK_COLLECTIONS_EVICT(
      "weakCollectionsEvict",
      ValueType.BOOLEAN,
      "count weak and soft collections as evicting",
      "Count weak and soft collections (WeakHashMap, a set backed by one, Spring's"
          + " ConcurrentReferenceHashMap) as evicting; false reports them, since a weak map whose values"
          + " reference their keys never lets go.",
      "false",
      List.of()),
  SINGLETON_ANNOTATIONS(
      "singletonAnnotations",
      ValueType.JAVA_NAMES,
      "extra annotations that make a class a singleton",
      "More annotations (simple or qualified names) that make a class a singleton, on top of the"
          + " built-in ones (@Singleton, @ApplicationScoped, Spring stereotypes, ...).",
      "com.acme.di.AppScoped,Shared",
      List.of()),
  BOUNDED_TYPES(
      "boundedTypes",
      ValueType.JAVA_NAMES,
      "extra collection types known to be bounded",
      "More collection types (simple or qualified names) known to be bounded, on top of the built-in"
          + " ones.",
      "com.acme.util.RingBuffer",
      List.of());

  /** The namespace of every Error Prone flag: {@code -XepOpt:Leakguard:...}. */
  public static final String ERROR_PRONE_NAMESPACE = "Leakguard:";

  /** The prefix of every Maven user property: {@code -Dleakguard....}. */
  public static final String USER_PROPERTY_PREFIX = "leakguard.";

  private final String key;
  private final ValueType type;
  private final String summary;
  private final String description;
  private final String example;
  private final List<OptionAlias> aliases;

  LeakguardOption(String key, ValueType type, String summary, String description, String example, List<OptionAlias> aliases) {
    this.key = key;
    this.type = type;
    this.summary = summary;
    this.description = description;
    this.example = example;
    this.aliases = List.copyOf(aliases);
  }

  /** The option's one name, lowerCamel: PMD property, Maven parameter, conformance header key. */
  public String key() {
    return key;
  }

  public ValueType type() {
    return type;
  }

  /** What the option does, in a lower-case phrase short enough for a usage line. */
  public String summary() {
    return summary;
  }

  /** What the option does, plain text (no markup), one or two sentences. */
  public String description() {
    return description;
  }

  /** A value worth showing in documentation (not the default). */
  public String example() {
    return example;
  }

  public List<OptionAlias> aliases() {
    return aliases;
  }

  /** The default, as text ({@code true}, or empty for no names). */
  public String defaultText() {
    return text(Options.DEFAULT);
  }

  /** {@code Leakguard:RequireGrowthEvidence}, given as {@code -XepOpt:Leakguard:RequireGrowthEvidence=...}. */
  public String errorProneFlag() {
    return ERROR_PRONE_NAMESPACE + Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  /** The PMD rule property. */
  public String pmdProperty() {
    return key;
  }

  /** The Maven parameter (the Mojo's field). */
  public String mavenParameter() {
    return key;
  }

  /** The Maven user property, {@code leakguard.<key>}. */
  public String userProperty() {
    return USER_PROPERTY_PREFIX + key;
  }

  /** The command-line option, {@code --require-growth-evidence}. */
  public String cliOption() {
    return kebab(key);
  }

  /** This option's value in {@code options}, as text in the form {@link #with(Options, String)} reads. */
  public String text(Options options) {
    return switch (this) {
      case REQUIRE_GROWTH_EVIDENCE -> Boolean.toString(options.requireGrowthEvidence());
      case WEAK_COLLECTIONS_EVICT -> Boolean.toString(options.weakCollectionsEvict());
      case SINGLETON_ANNOTATIONS -> ValueType.formatNames(options.singletonAnnotations());
      case BOUNDED_TYPES -> ValueType.formatNames(options.boundedTypes());
    };
  }

  /**
   * {@code options} with this option set from text.
   *
   * @throws OptionValueException when the text is not a value of this option's type
   */
  public Options with(Options options, String text) {
    return switch (type) {
      case BOOLEAN -> withBoolean(options, ValueType.parseBoolean(text));
      case JAVA_NAMES -> withNames(options, ValueType.parseNames(text));
    };
  }

  /**
   * {@code options} with this option set from a list of values (a PMD list property, a Maven list
   * parameter); each element may itself be comma-separated.
   *
   * @throws OptionValueException when a value is not accepted, or a boolean option gets more than one
   */
  public Options with(Options options, List<String> values) {
    if (type == ValueType.BOOLEAN) {
      if (values.size() != 1) {
        throw new OptionValueException("takes one value, true or false, not " + values);
      }
      return with(options, values.get(0));
    }
    return withNames(options, ValueType.parseNames(values));
  }

  /** {@code options} with this option set through {@code alias} (negated when the alias is). */
  public Options withAlias(Options options, OptionAlias alias, String text) {
    boolean value = ValueType.parseBoolean(text);
    return withBoolean(options, alias.negated() ? !value : value);
  }

  private Options withBoolean(Options options, boolean value) {
    return switch (this) {
      case REQUIRE_GROWTH_EVIDENCE -> options.withRequireGrowthEvidence(value);
      case WEAK_COLLECTIONS_EVICT -> options.withWeakCollectionsEvict(value);
      default -> throw new IllegalStateException(key + " is not a boolean option");
    };
  }

  private Options withNames(Options options, java.util.Set<String> names) {
    return switch (this) {
      case SINGLETON_ANNOTATIONS -> options.withSingletonAnnotations(names);
      case BOUNDED_TYPES -> options.withBoundedTypes(names);
      default -> throw new IllegalStateException(key + " is not a list of names");
    };
  }

  /** The option called {@code key}, if there is one (aliases are not keys: see {@link #byName}). */
  public static Optional<LeakguardOption> byKey(String key) {
    for (LeakguardOption o : values()) {
      if (o.key.equals(key)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code options} with the option or alias called {@code name} set from text.
   *
   * @throws OptionValueException when the value is refused
   * @throws IllegalArgumentException when no option or alias has that name
   */
  public static Options set(Options options, String name, String text) {
    for (LeakguardOption o : values()) {
      if (o.key.equals(name)) {
        return o.with(options, text);
      }
      for (OptionAlias a : o.aliases) {
        if (a.name().equals(name)) {
          return o.withAlias(options, a, text);
        }
      }
    }
    throw new IllegalArgumentException("unknown option '" + name + "'; known: " + knownNames());
  }

  /** Every option key and alias, in table order. */
  public static List<String> knownNames() {
    List<String> out = new java.util.ArrayList<>();
    for (LeakguardOption o : values()) {
      out.add(o.key);
      o.aliases.forEach(a -> out.add(a.name()));
    }
    return out;
  }

  /**
   * Every option and its value, in table order ({@code requireGrowthEvidence=true;...}): the same
   * options give the same text in every JVM, for cache keys.
   */
  public static String describe(Options options) {
    StringBuilder b = new StringBuilder();
    for (LeakguardOption o : values()) {
      b.append(o.key).append('=').append(o.text(options)).append(';');
    }
    return b.toString();
  }

  static String kebab(String lowerCamel) {
    StringBuilder b = new StringBuilder("--");
    for (char c : lowerCamel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('-').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
