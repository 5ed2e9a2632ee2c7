package dev.leakguard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.Confidence;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocSnippetsTest {

  @Test
  void everyRule_hasAFlaggedAndAFixedSnippet_andARulesetExample() {
    for (RuleId rule : RuleId.values()) {
      for (DocSnippets.Claim claim : DocSnippets.Claim.values()) {
        assertTrue(DocSnippets.all().stream().anyMatch(s -> s.rule() == rule && s.claim() == claim), rule + " " + claim);
      }
    }
    assertEquals(RuleId.values().length, DocSnippets.rulesetExamples().size());
  }

  @Test
  void aSnippetWithoutAClass_isWrappedAndImports_aPublicClassNamesItsFile() {
    DocSnippets.Snippet fixed = DocSnippets.rulePages().stream()
        .filter(s -> s.claim() == DocSnippets.Claim.FIXED && s.rule() == RuleId.UnboundedCacheBuilder).findFirst().orElseThrow();
    assertEquals("Snippet.java", fixed.fileName());
    assertTrue(fixed.source().startsWith("import com.github.benmanes.caffeine.cache.Cache;\n"), fixed.source());
    assertTrue(fixed.source().contains("public final class Snippet {\n"), fixed.source());
    assertTrue(DocSnippets.rulePages().stream().anyMatch(s -> s.fileName().equals("PutIntoMap.java")));
    DocSnippets.Snippet singleton = DocSnippets.rulePages().stream()
        .filter(s -> s.claim() == DocSnippets.Claim.FIXED && s.rule() == RuleId.UnboundedSingletonCollection).findFirst().orElseThrow();
    assertTrue(singleton.source().contains("public enum Snippet {\n  INSTANCE;\n"), singleton.source());
  }

  @Test
  void check_namesWhatDiffersFromTheClaim() {
    DocSnippets.Snippet example = DocSnippets.rulesetExamples().stream()
        .filter(s -> s.rule() == RuleId.UnboundedStaticCollection).findFirst().orElseThrow();
    int bad = example.badLines().first();
    assertEquals(List.of(), example.check(List.of(reported(RuleId.UnboundedStaticCollection, bad))));
    assertFalse(example.check(List.of()).isEmpty());
    assertFalse(example.check(List.of(reported(RuleId.UnboundedStaticCollection, bad), reported(RuleId.UnboundedStaticCollection, bad + 3))).isEmpty());
    assertFalse(example.check(List.of(reported(RuleId.UnboundedCacheBuilder, bad))).isEmpty());
  }

  private static ReportedFinding reported(RuleId rule, int line) {
    return new ReportedFinding("Snippet.java", line, rule, FindingKind.GROWTH, Confidence.HIGH, List.of());
  }
}
