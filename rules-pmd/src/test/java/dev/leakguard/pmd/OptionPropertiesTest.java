package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.options.LeakguardOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoadException;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.util.log.internal.MessageReporterBase;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.junit.jupiter.api.io.TempDir;

/** The rule properties come from core's option table, and PMD reports a refused value as a configuration error. */
class OptionPropertiesTest {
  @TempDir Path dir;

  /** What PMD told its reporter: ruleset errors go there, as in a user's build log. */
  private final List<String> reported = new java.util.ArrayList<>();

  private static final String UNGROWN = """
      package props;

      import java.util.HashMap;
      import java.util.Map;

      public class Registry {
        private static final Map<String, String> NAMES = new HashMap<>();

        public static String name(String key) {
          return NAMES.get(key);
        }
      }
      """;

  @Test
  void everyOptionAndAlias_isAPropertyWithTheTablesDescription() {
    Rule rule = new UnboundedStaticCollectionRule();
    for (LeakguardOption o : LeakguardOption.values()) {
      var d = rule.getPropertyDescriptor(o.pmdProperty());
      assertTrue(d != null && d.description().startsWith(o.description()), o.pmdProperty());
      assertEquals(o.defaultText(), text(rule, d), o.pmdProperty());
      o.aliases().forEach(a -> assertTrue(rule.getPropertyDescriptor(a.name()) != null, a.name()));
    }
  }

  @Test
  void aBooleanThatIsNotTrueOrFalse_failsTheRulesetNamingTheProperty() {
    assertThrows(RuleSetLoadException.class, () -> run("<property name=\"requireGrowthEvidence\" value=\"maybe\"/>"));
    String error = String.join("\n", reported);
    assertTrue(error.contains("<property name=\"requireGrowthEvidence\" value=\"maybe\"/>"), error);
    assertTrue(error.contains("Value must be true or false"), error);
  }

  @Test
  void aBoundedTypeThatIsNotAJavaName_failsTheRulesetNamingTheProperty() {
    assertThrows(RuleSetLoadException.class, () -> run("<property name=\"boundedTypes\" value=\"com.acme.,Ring\"/>"));
    String error = String.join("\n", reported);
    assertTrue(error.contains("<property name=\"boundedTypes\" value=\"com.acme.,Ring\"/>"), error);
    assertTrue(error.contains("Value must be comma-separated simple or qualified Java names"), error);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPropertySetInCode_makesTheRuleDysfunctional_namingTheProperty() {
    Rule rule = new UnboundedStaticCollectionRule();
    rule.setProperty((PropertyDescriptor<List<String>>) rule.getPropertyDescriptor("singletonAnnotations"), List.of("app-scoped"));
    assertEquals("property 'singletonAnnotations' has 'app-scoped', which is not a simple or qualified Java name"
        + " (e.g. com.acme.Name)", rule.dysfunctionReason());
  }

  @Test
  void theAliasStrict_switchesToStrictMode() throws IOException {
    assertTrue(run("").getViolations().isEmpty());
    Report strict = run("<property name=\"strict\" value=\"true\"/>");
    assertTrue(strict.getConfigurationErrors().isEmpty(), errors(strict));
    assertEquals(1, strict.getViolations().size());
  }

  @Test
  void anOptionAndItsAliasThatContradictEachOther_makeTheRuleDysfunctional() {
    Rule rule = new UnboundedStaticCollectionRule();
    PmdRun.set(rule, rule.getPropertyDescriptor("strict"), "true");
    PmdRun.set(rule, rule.getPropertyDescriptor("requireGrowthEvidence"), "true");
    assertEquals("property 'strict' (true) and property 'requireGrowthEvidence' (true) contradict each other, one is"
        + " the opposite of the other: give one of them", rule.dysfunctionReason());
  }

  private Report run(String properties) throws IOException {
    Path file = dir.resolve("props/Registry.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, UNGROWN);
    Path ruleset = dir.resolve("ruleset.xml");
    Files.writeString(ruleset, """
        <?xml version="1.0"?>
        <ruleset name="test" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://pmd.sourceforge.net/ruleset/2.0.0 https://pmd.sourceforge.io/ruleset_2_0_0.xsd">
          <description>test</description>
          <rule ref="leakguard/pmd/leakguard.xml/UnboundedStaticCollection">
            <properties>%s</properties>
          </rule>
        </ruleset>
        """.formatted(properties));
    PMDConfiguration config = new PMDConfiguration();
    config.setReporter(new MessageReporterBase() {
      @Override
      protected void logImpl(Level level, String message) {
        reported.add(level + " " + message);
      }
    });
    config.setIgnoreIncrementalAnalysis(true);
    config.setThreads(0);
    config.prependAuxClasspath(System.getProperty("java.class.path"));
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      RuleSet rules = pmd.newRuleSetLoader().loadFromResource(ruleset.toString());
      pmd.addRuleSet(rules);
      pmd.files().addFile(file);
      return pmd.performAnalysisAndCollectReport();
    }
  }

  private static <T> String text(Rule rule, PropertyDescriptor<T> d) {
    return d.serializer().toString(rule.getProperty(d)).replace(", ", ",");
  }

  private static String errors(Report report) {
    return report.getConfigurationErrors().stream().map(e -> e.rule().getName() + ": " + e.issue()).collect(Collectors.joining("\n"))
        + " " + report.getProcessingErrors();
  }

}
