package dev.leakguard.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Asking whether a class was initialized, without initializing it. */
class ClassInitializationTest {

  @Test
  void initializedClass_isSeenAsInitialized() {
    assertTrue(new ClassInitialization().isInitialized(String.class));
  }

  @Test
  void diagnosticCommandListing_stateColumnIsRead() {
    String listing = """
        KlassAddr           Size  State                 Flags    ClassName
        0x0000000071154210    66  loaded                         a.b.Lazy
        0x0000000071154400    70  fully_initialized     S        a.b.Used
        """;
    assertEquals(Optional.of("loaded"), ClassInitialization.stateIn(listing, "a.b.Lazy"));
    assertEquals(Optional.of("fully_initialized"), ClassInitialization.stateIn(listing, "a.b.Used"));
    assertEquals(Optional.empty(), ClassInitialization.stateIn(listing, "a.b.Other"));
  }
}
