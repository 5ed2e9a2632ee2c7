package dev.leakguard.conformance;

import dev.leakguard.core.Confidence;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.RuleId;

/**
 * One expectation written on a line of a case.
 *
 * @param rule the expected rule, or null for {@code none}
 * @param kind the expected kind: required on {@code expect: <RuleId>}, null on {@code none} and on
 *     {@code desire:} markers without it
 * @param confidence the expected confidence: required like {@code kind}
 * @param desire true for {@code desire:} (a known limit lived with), false for {@code expect:}
 */
record Marker(String file, int line, RuleId rule, FindingKind kind, Confidence confidence, boolean desire) {}
