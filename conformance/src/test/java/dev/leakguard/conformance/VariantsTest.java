package dev.leakguard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.Confidence;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsTest {
  @TempDir Path dir;

  @Test
  void writesEveryVariantOnceUnderItsOwnName() {
    List<ConformanceCase> cases = Variants.writeCases(dir);
    assertEquals(Variants.all().size(), cases.size());
    Set<String> names = new HashSet<>();
    cases.forEach(c -> assertTrue(names.add(c.name()), "duplicate " + c.name()));
    assertTrue(names.contains("variants/StaticMapAliases6.java"), names::toString);
    assertTrue(cases.size() >= 40 && cases.size() <= 90, "variants: " + cases.size());
  }

  @Test
  void aliasChainHasTheRequestedDepthAndOnlyTheCallIsAGrowthSite() {
    String source = new Variant(BaseShape.STATIC_MAP_FROM_PARAMETER, HolderAccess.aliases(6),
        GrowthPlacement.METHOD_BODY).source();
    assertTrue(source.contains("Map<String, String> alias1 = ROUTES;"), source);
    assertTrue(source.contains("Map<String, String> alias6 = alias5;"), source);
    assertTrue(source.contains("alias6.put(key, value); // growth"), source);
    assertEquals(1, source.split("// growth", -1).length - 1, source);
  }

  @Test
  void castInParenthesesInsideALambdaArgument() {
    String source = new Variant(BaseShape.STATIC_MAP_FROM_PARAMETER,
        HolderAccess.wrapped(HolderAccess.Form.CAST_IN_PARENTHESES), GrowthPlacement.LAMBDA_ARGUMENT).source();
    assertTrue(source.contains("run(() -> {"), source);
    assertTrue(source.contains("((Map<String, String>) (ROUTES)).put(key, value); // growth"), source);
  }

  @Test
  void getterTakesTheRequestedParameters() {
    String source = new Variant(BaseShape.SINGLETON_LIST_WITH_CONSTANT, HolderAccess.getter(2),
        GrowthPlacement.LOCAL_CLASS).source();
    assertTrue(source.contains("private List<String> tickList(String reason, int attempt) {"), source);
    assertTrue(source.contains("tickList(\"grow\", 1).add(\"tick\"); // growth"), source);
  }

  @Test
  void expectationComesFromTheBaseShape() throws IOException {
    Path file = dir.resolve("SingletonListDirectInAnonymousClass.java");
    Files.writeString(file, new Variant(BaseShape.SINGLETON_LIST_WITH_CONSTANT, HolderAccess.direct(),
        GrowthPlacement.ANONYMOUS_CLASS).source());
    ConformanceCase c = ConformanceCase.load(dir, file);
    int holderLine = lineOf(file, "private final List<String> ticks");
    int growthLine = lineOf(file, "ticks.add(\"tick\"); // growth");
    ReportedFinding right = new ReportedFinding(file.getFileName().toString(), holderLine,
        RuleId.UnboundedSingletonCollection, FindingKind.GROWTH, Confidence.NORMAL,
        List.of(new ReportedFinding.Place(file.getFileName().toString(), growthLine)));
    assertEquals(List.of(), c.check(List.of(right)));
    ReportedFinding high = new ReportedFinding(right.file(), right.line(), right.rule(), right.kind(), Confidence.HIGH,
        right.growth());
    assertEquals(1, c.check(List.of(high)).size());
  }

  @Test
  void theEvictedShapeExpectsNothingAndMarksNoGrowth() {
    for (GrowthPlacement placement : GrowthPlacement.values()) {
      String source = new Variant(BaseShape.STATIC_SET_EVICTED_ELSEWHERE, HolderAccess.aliases(3), placement).source();
      assertTrue(source.contains("// expect: none"), source);
      assertTrue(!source.contains("// growth"), source);
      assertTrue(source.contains("ACTIVE.remove(item);"), source);
    }
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}
