package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.newInstance;
import static dev.leakguard.core.StaticGrowthTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings and growth sites come out in a fixed order, whatever order the facts came in. */
class OrderingTest {
  private final FactsFixture f = new FactsFixture();

  @Test
  void findings_areSortedByLocation() {
    f.staticField("pkg.Zeta", "Z", newInstance("java.util.HashMap")).at(3);
    f.staticField("pkg.Alpha", "LATE", newInstance("java.util.HashMap")).at(40);
    f.staticField("pkg.Alpha", "EARLY", newInstance("java.util.HashMap")).at(4);
    f.call("pkg.Zeta.Z", "put", 2);
    f.call("pkg.Alpha.LATE", "put", 2);
    f.call("pkg.Alpha.EARLY", "put", 2);

    List<String> holders = f.judge().stream().map(Finding::holder).toList();

    assertEquals(List.of("pkg.Alpha.EARLY", "pkg.Alpha.LATE", "pkg.Zeta.Z"), holders);
  }

  @Test
  void findings_doNotDependOnFactOrder() {
    f.staticField("pkg.Alpha", "A", newInstance("java.util.HashMap"));
    f.staticField("pkg.Alpha", "B", newInstance("java.util.ArrayList"));
    f.staticField("pkg.Beta", "C", newInstance("java.util.HashSet"));
    f.call("pkg.Alpha.A", "put", 2);
    f.call("pkg.Alpha.B", "add", 1).fromParameter();
    f.call("pkg.Beta.C", "add", 1);
    f.call("pkg.Alpha.B", "add", 1);
    Facts facts = f.facts();
    Facts reversed = new Facts(reverse(facts.classes()), reverse(facts.holders()), reverse(facts.uses()),
        reverse(facts.methods()), reverse(facts.calls()), reverse(facts.instantiations()));

    assertEquals(new Judge(Options.DEFAULT).judge(facts), new Judge(Options.DEFAULT).judge(reversed));
  }

  @Test
  void growthSites_fromInputFirstThenByLocation() {
    f.staticField("pkg.Audit", "LOG", newInstance("java.util.ArrayList")).at(5);
    f.call("pkg.Audit.LOG", "add", 1).in(f.method("pkg.Audit", "c")).at(30);
    f.call("pkg.Audit.LOG", "add", 1).in(f.method("pkg.Audit", "b")).at(20);
    f.call("pkg.Audit.LOG", "add", 1).in(f.method("pkg.Audit", "d")).fromParameter().at(40);
    f.call("pkg.Audit.LOG", "add", 1).in(f.method("pkg.Audit", "a")).at(10);

    Finding finding = only(f.judge());

    assertEquals(List.of("d", "a", "b", "c"), finding.growthSites().stream().map(GrowthSite::member).toList());
    assertEquals(Confidence.HIGH, finding.confidence());
    assertEquals(true, finding.message().contains("Audit.java:40 in 'd'"));
  }

  @Test
  void growthSites_acrossFilesSortByFileThenLine() {
    f.staticField("pkg.Audit", "LOG", newInstance("java.util.ArrayList"));
    f.call("pkg.Audit.LOG", "add", 1).at("src/main/java/pkg/b/Web.java", 3);
    f.call("pkg.Audit.LOG", "add", 1).at("src/main/java/pkg/a/Jobs.java", 90);

    List<Location> sites = only(f.judge()).growthSites().stream().map(GrowthSite::location).toList();

    assertEquals("src/main/java/pkg/a/Jobs.java", sites.get(0).file());
    assertEquals("src/main/java/pkg/b/Web.java", sites.get(1).file());
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
