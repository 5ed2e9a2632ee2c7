package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.core.RuleId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import org.junit.jupiter.api.Test;

/**
 * The ruleset follows PMD's conventions and matches core: one rule per {@link RuleId}, in order,
 * each with {@code since}, the docs URL, a {@code <Name>Rule} class, priority 2, a description,
 * an example with bad and good code, the core message, and a doc page. Lists every gap, then
 * fails once.
 */
class LeakguardRulesetTest {

  @Test
  void everyRuleFollowsTheConventions() {
    RuleSet ruleset = new RuleSetLoader().loadFromResource(LeakguardRuleset.PATH);
    List<String> problems = new ArrayList<>();

    List<String> names = ruleset.getRules().stream().map(Rule::getName).toList();
    List<String> sorted = names.stream().sorted().toList();
    if (!names.equals(sorted)) {
      problems.add("rules are not sorted by name: " + names);
    }
    List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::id).sorted().toList();
    if (!sorted.equals(ids)) {
      problems.add("rules " + sorted + " do not match core's rule ids " + ids);
    }

    for (Rule rule : ruleset.getRules()) {
      String name = rule.getName();
      RuleId id = RuleId.fromId(name);
      if (id == null) {
        continue;
      }
      check(problems, name, "since", "0.1.0", rule.getSince());
      check(problems, name, "externalInfoUrl", id.docsUrl(), rule.getExternalInfoUrl());
      check(problems, name, "class", "dev.leakguard.pmd." + name + "Rule", rule.getRuleClass());
      check(problems, name, "priority", RulePriority.MEDIUM_HIGH, rule.getPriority());
      check(problems, name, "message", "{0}", rule.getMessage());
      check(problems, name, "language", "java", rule.getLanguage().getId());
      if (rule.getDescription() == null || rule.getDescription().isBlank()) {
        problems.add(name + ": no description");
      }
      if (rule.getExamples().isEmpty()) {
        problems.add(name + ": no example");
      }
      if (!(rule instanceof AbstractLeakguardRule lg) || lg.ruleId() != id) {
        problems.add(name + ": the class does not report rule id " + name);
      }
      Path page = repositoryRoot().resolve("docs/rules/" + name + ".md");
      if (!Files.isRegularFile(page)) {
        problems.add(name + ": no doc page " + page);
      }
    }
    assertEquals(List.of(), problems);
  }

  private static void check(List<String> problems, String rule, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(rule + ": " + what + " is '" + actual + "', expected '" + expected + "'");
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs/rules"))) {
        return d;
      }
    }
    return dir;
  }
}
