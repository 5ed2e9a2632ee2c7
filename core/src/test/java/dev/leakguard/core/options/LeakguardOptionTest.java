package dev.leakguard.core.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.Options;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeakguardOptionTest {
  @Test
  void everyFrontEndSpellingDerivesFromTheKey() {
    LeakguardOption o = LeakguardOption.REQUIRE_GROWTH_EVIDENCE;
    assertEquals("requireGrowthEvidence", o.pmdProperty());
    assertEquals("requireGrowthEvidence", o.mavenParameter());
    assertEquals("leakguard.requireGrowthEvidence", o.userProperty());
    assertEquals("Leakguard:RequireGrowthEvidence", o.errorProneFlag());
    assertEquals("--require-growth-evidence", o.cliOption());
    OptionAlias strict = o.aliases().get(0);
    assertEquals("leakguard.strict", strict.userProperty());
    assertEquals("--strict", strict.cliOption());
    assertEquals("Leakguard:Strict", strict.errorProneFlag());
  }

  @Test
  void defaults_areTheDefaultOptions() {
    assertEquals("true", LeakguardOption.REQUIRE_GROWTH_EVIDENCE.defaultText());
    assertEquals("true", LeakguardOption.WEAK_COLLECTIONS_EVICT.defaultText());
    assertEquals("", LeakguardOption.BOUNDED_TYPES.defaultText());
    Options o = Options.DEFAULT;
    for (LeakguardOption option : LeakguardOption.values()) {
      o = option.with(o, option.defaultText());
    }
    assertEquals(Options.DEFAULT, o);
  }

  @Test
  void aBooleanIsTrueOrFalse_nothingElse() {
    OptionValueException e = assertThrows(OptionValueException.class,
        () -> LeakguardOption.REQUIRE_GROWTH_EVIDENCE.with(Options.DEFAULT, "maybe"));
    assertEquals("must be true or false, not 'maybe'", e.getMessage());
    assertThrows(OptionValueException.class, () -> LeakguardOption.WEAK_COLLECTIONS_EVICT.with(Options.DEFAULT, "TRUE"));
    assertFalse(LeakguardOption.WEAK_COLLECTIONS_EVICT.with(Options.DEFAULT, " false ").weakCollectionsEvict());
  }

  @Test
  void names_acceptSimpleQualifiedAndAtPrefixed_sorted() {
    Options o = LeakguardOption.SINGLETON_ANNOTATIONS.with(Options.DEFAULT, "com.acme.Shared, @AppScoped");
    assertEquals(Set.of("AppScoped", "com.acme.Shared"), o.singletonAnnotations());
    assertEquals("AppScoped,com.acme.Shared", LeakguardOption.SINGLETON_ANNOTATIONS.text(o));
    assertEquals(Set.of("A", "b.C"), LeakguardOption.BOUNDED_TYPES.with(Options.DEFAULT, List.of("A, b.C")).boundedTypes());
    assertEquals(Set.of(), LeakguardOption.BOUNDED_TYPES.with(Options.DEFAULT, " ").boundedTypes());
  }

  @Test
  void aNameThatIsNotJava_isRefused() {
    OptionValueException e = assertThrows(OptionValueException.class,
        () -> LeakguardOption.BOUNDED_TYPES.with(Options.DEFAULT, "com.acme."));
    assertTrue(e.getMessage().startsWith("has 'com.acme.', which is not a simple or qualified Java name"), e.getMessage());
    e = assertThrows(OptionValueException.class,
        () -> LeakguardOption.SINGLETON_ANNOTATIONS.with(Options.DEFAULT, Arrays.asList("A", "")));
    assertTrue(e.getMessage().startsWith("has a blank entry"), e.getMessage());
    assertThrows(OptionValueException.class, () -> LeakguardOption.SINGLETON_ANNOTATIONS.with(Options.DEFAULT, "my-annotation"));
  }

  @Test
  void theAliasStrict_isTheOppositeOfRequireGrowthEvidence() {
    assertFalse(LeakguardOption.set(Options.DEFAULT, "strict", "true").requireGrowthEvidence());
    assertTrue(LeakguardOption.set(Options.DEFAULT, "strict", "false").requireGrowthEvidence());
    assertFalse(LeakguardOption.set(Options.DEFAULT, "requireGrowthEvidence", "false").requireGrowthEvidence());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LeakguardOption.set(Options.DEFAULT, "requireGrowth", "false"));
    assertTrue(e.getMessage().contains("unknown option 'requireGrowth'"), e.getMessage());
  }

  @Test
  void describe_namesEveryOptionInTableOrder() {
    Options o = Options.DEFAULT.withBoundedTypes(Set.of("b.Z", "a.Y"));
    assertEquals("requireGrowthEvidence=true;weakCollectionsEvict=true;singletonAnnotations=;boundedTypes=a.Y,b.Z;",
        LeakguardOption.describe(o));
  }
}
