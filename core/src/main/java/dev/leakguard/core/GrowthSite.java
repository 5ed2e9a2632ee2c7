package dev.leakguard.core;

import dev.leakguard.core.model.Location;

/**
 * A run-time growth site of a finding's holder: where, in which member, which call, whether what
 * it adds makes the finding high confidence ({@code fromInput}: an unbounded domain, or input from
 * a parameter of a non-private method), and the rule that decided it, for explanations.
 */
public record GrowthSite(Location location, String member, String call, boolean fromInput, String confidenceReason)
    implements java.io.Serializable {

  public GrowthSite {
    confidenceReason = confidenceReason == null ? "" : confidenceReason;
  }

  public GrowthSite(Location location, String member, String call, boolean fromInput) {
    this(location, member, call, fromInput, "");
  }
}
