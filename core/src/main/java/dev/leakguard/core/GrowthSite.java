package dev.leakguard.core;

import dev.leakguard.core.model.Location;

/**
 * A run-time growth site of a finding's holder: where, in which member, which call, and whether
 * its argument comes from a parameter of a non-private method.
 */
public record GrowthSite(Location location, String member, String call, boolean fromInput)
    implements java.io.Serializable {}
