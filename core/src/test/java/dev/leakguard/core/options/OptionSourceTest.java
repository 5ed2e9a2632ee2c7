package dev.leakguard.core.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leakguard.core.Options;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionSourceTest {
  /** Options given as {@code name=value} pairs, spelled {@code <name>} in messages. */
  private record Given(Map<String, String> values) {
    Options read() {
      return OptionSource.of(values, o -> "<" + o.key() + ">", a -> "<" + a.name() + ">").read();
    }
  }

  @Test
  void nothingGiven_isTheDefaults() {
    assertEquals(Options.DEFAULT, new Given(Map.of()).read());
  }

  @Test
  void givenValues_areRead() {
    Options o = new Given(Map.of("strict", "true", "boundedTypes", "a.B,C")).read();
    assertFalse(o.requireGrowthEvidence());
    assertEquals(Set.of("a.B", "C"), o.boundedTypes());
  }

  @Test
  void aRefusedValue_namesTheOptionAsSpelled() {
    OptionValueException e = assertThrows(OptionValueException.class,
        () -> new Given(Map.of("weakCollectionsEvict", "maybe")).read());
    assertEquals("<weakCollectionsEvict> must be true or false, not 'maybe'", e.getMessage());
  }

  @Test
  void anOptionAndItsAliasThatAgree_areAccepted_thatDisagree_areRefused() {
    assertFalse(new Given(Map.of("strict", "true", "requireGrowthEvidence", "false")).read().requireGrowthEvidence());
    OptionValueException e = assertThrows(OptionValueException.class,
        () -> new Given(Map.of("strict", "true", "requireGrowthEvidence", "true")).read());
    assertEquals("<strict> (true) and <requireGrowthEvidence> (true) contradict each other, one is the opposite"
        + " of the other: give one of them", e.getMessage());
  }
}
