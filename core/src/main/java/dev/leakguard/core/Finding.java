package dev.leakguard.core;

import dev.leakguard.core.model.Location;
import java.util.Comparator;
import java.util.List;

/**
 * One finding, the same in every front end (DESIGN.md section 4).
 *
 * @param holder the holder's qualified name ({@code pkg.Outer.field})
 * @param location the field's declaration (the position of its name)
 * @param growthSites run-time growth sites, the most telling first (from input, then by place)
 * @param message the short form, naming the holder, the first growth site and the remedy
 * @param steps the explanation, one reason per step
 * @param ownerPath for a field of an object that lives only as part of a long-lived owner, the way
 *     to that object at run time: a static field ({@code pkg.Registry.INSTANCE}) or a singleton
 *     class ({@code pkg.Registry}), then the instance fields down to the object ({@code keyLocks});
 *     empty for any other holder
 * @param containerField for a holder whose value is one of the project's own containers, the
 *     container's field that grows ({@code entries}); else null
 */
public record Finding(
    RuleId rule,
    FindingKind kind,
    Confidence confidence,
    String holder,
    Location location,
    List<GrowthSite> growthSites,
    String message,
    List<String> steps,
    List<String> ownerPath,
    String containerField) implements java.io.Serializable {

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location).thenComparing(f -> f.rule().id()).thenComparing(Finding::holder);

  public Finding {
    growthSites = List.copyOf(growthSites);
    steps = List.copyOf(steps);
    ownerPath = ownerPath == null ? List.of() : List.copyOf(ownerPath);
  }

  /** A finding on a holder reached directly: no owner path, no project container. */
  public Finding(RuleId rule, FindingKind kind, Confidence confidence, String holder, Location location,
      List<GrowthSite> growthSites, String message, List<String> steps) {
    this(rule, kind, confidence, holder, location, growthSites, message, steps, List.of(), null);
  }

  /** Survives edits elsewhere in the file: rule id + holder's qualified name, no line numbers. */
  public String fingerprint() {
    return fingerprint(rule, holder);
  }

  public static String fingerprint(RuleId rule, String holder) {
    return rule.id() + ":" + holder;
  }
}
