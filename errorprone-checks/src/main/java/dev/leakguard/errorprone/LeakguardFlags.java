package dev.leakguard.errorprone;

import com.google.errorprone.ErrorProneFlags;
import dev.leakguard.core.Options;
import java.util.Set;

/**
 * Reads leakguard's {@code -XepOpt:Leakguard:*} flags into core {@link Options}, once, when a
 * check is created. Every flag lives in one namespace shared by the three checks:
 *
 * <table>
 *   <caption>Error Prone flags</caption>
 *   <tr><th>flag</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code -XepOpt:Leakguard:RequireGrowthEvidence=false}</td><td>true</td>
 *       <td>strict mode: flag every mutable unbounded holder with no documented bound</td></tr>
 *   <tr><td>{@code -XepOpt:Leakguard:WeakCollectionsEvict=false}</td><td>true</td>
 *       <td>report weak and soft collections too</td></tr>
 *   <tr><td>{@code -XepOpt:Leakguard:SingletonAnnotations=a.B,C}</td><td>none</td>
 *       <td>extra annotations that make a class a singleton</td></tr>
 *   <tr><td>{@code -XepOpt:Leakguard:BoundedTypes=a.B,C}</td><td>none</td>
 *       <td>extra types known to be bounded</td></tr>
 * </table>
 */
public final class LeakguardFlags {
  public static final String NAMESPACE = "Leakguard:";
  public static final String REQUIRE_GROWTH_EVIDENCE = NAMESPACE + "RequireGrowthEvidence";
  public static final String WEAK_COLLECTIONS_EVICT = NAMESPACE + "WeakCollectionsEvict";
  public static final String SINGLETON_ANNOTATIONS = NAMESPACE + "SingletonAnnotations";
  public static final String BOUNDED_TYPES = NAMESPACE + "BoundedTypes";

  private LeakguardFlags() {}

  public static Options options(ErrorProneFlags flags) {
    Options defaults = Options.DEFAULT;
    return new Options(
        flags.getBoolean(REQUIRE_GROWTH_EVIDENCE).orElse(defaults.requireGrowthEvidence()),
        flags.getBoolean(WEAK_COLLECTIONS_EVICT).orElse(defaults.weakCollectionsEvict()),
        trimmed(flags.getSetOrEmpty(SINGLETON_ANNOTATIONS)),
        trimmed(flags.getSetOrEmpty(BOUNDED_TYPES)));
  }

  private static Set<String> trimmed(Set<String> names) {
    return names.stream().map(String::trim).filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
