package dev.leakguard.core;

/**
 * leakguard's rules. The id is identical in every front end: PMD rule name, Error Prone check
 * name, SARIF ruleId, baseline entries and {@code @SuppressWarnings} keys.
 */
public enum RuleId {
  UnboundedStaticCollection(
      "Static collection or map that grows at run time with no bound or eviction",
      "A static field holds a mutable, unbounded collection or map that code adds to at run time and"
          + " nothing removes from: it lives as long as the class, so it grows with traffic until the"
          + " heap is exhausted."),
  UnboundedSingletonCollection(
      "Singleton's collection or map that grows at run time with no bound or eviction",
      "An instance field of a singleton (an enum, a class with one static instance, a DI singleton"
          + " bean, a servlet or filter) holds a mutable, unbounded collection or map that code adds to at run"
          + " time and nothing removes from: it lives as long as the application."),
  UnboundedCacheBuilder(
      "Long-lived cache built with no size, weight, time or reference bound",
      "A static or singleton field holds a Caffeine, Guava or Spring cache built without"
          + " maximumSize, maximumWeight, expireAfter* or weak/soft references: it keeps every entry"
          + " ever loaded.");

  /** The base of the rule documentation pages; each rule's page is {@code <base><RuleId>.md}. */
  public static final String DOCS_BASE = "https://github.com/leakguard/leakguard/blob/main/docs/rules/";

  private final String summary;
  private final String description;

  RuleId(String summary, String description) {
    this.summary = summary;
    this.description = description;
  }

  public String id() {
    return name();
  }

  /** One line, no trailing period: Error Prone's summary, SARIF's shortDescription. */
  public String summary() {
    return summary;
  }

  public String description() {
    return description;
  }

  public String docsUrl() {
    return DOCS_BASE + name() + ".md";
  }

  /** The rule id for a string, or null: front ends validate configuration with it. */
  public static RuleId fromId(String id) {
    for (RuleId r : values()) {
      if (r.name().equals(id)) {
        return r;
      }
    }
    return null;
  }
}
