package dev.leakguard.pmd;

import dev.leakguard.conformance.ReportedFinding;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * Runs the leakguard ruleset over some files with {@link PmdAnalysis}, as a user's build would,
 * and returns its violations as the conformance harness compares them. PMD violations carry a
 * rule, a file and a line; the kind, confidence and growth sites come from the core finding
 * behind each violation, which a recording rule (run in the same analysis, on the same AST)
 * keeps.
 */
final class PmdRun {
  /** Core findings per file, filled by {@link RecordingRule} (PMD copies rules, so it is static). */
  private static final Map<String, List<Finding>> RECORDED = new ConcurrentHashMap<>();

  /** Whether PMD gets the test classpath (Caffeine, Guava, Spring, ...) as its auxclasspath. */
  enum TypeResolution {
    /** The test classpath: library types resolve, as in maven-pmd-plugin. */
    CLASSPATH,
    /**
     * Only the JDK (as the PMD CLI without {@code --aux-classpath}): library types do not resolve,
     * their names come from imports.
     */
    JDK_ONLY
  }

  /** A violation together with the core finding it reports. */
  record Result(RuleViolation violation, Finding finding) {}

  private PmdRun() {}

  static List<Result> run(List<Path> files, Options options, TypeResolution resolution) {
    PMDConfiguration config = new PMDConfiguration();
    config.setIgnoreIncrementalAnalysis(true);
    config.setThreads(0);
    if (resolution == TypeResolution.JDK_ONLY) {
      config.setAuxClasspath(Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar").toString());
    } else {
      config.prependAuxClasspath(System.getProperty("java.class.path"));
    }
    RECORDED.clear();
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      RuleSet leakguard = pmd.newRuleSetLoader().loadFromResource("leakguard/pmd/leakguard.xml");
      for (Rule r : leakguard.getRules()) {
        configure(r, options);
      }
      RecordingRule recorder = new RecordingRule();
      configure(recorder, options);
      pmd.addRuleSet(leakguard);
      pmd.addRuleSet(RuleSet.forSingleRule(recorder));
      for (Path f : files) {
        pmd.files().addFile(f.toAbsolutePath());
      }
      Report report = pmd.performAnalysisAndCollectReport();
      if (!report.getProcessingErrors().isEmpty() || !report.getConfigurationErrors().isEmpty()) {
        throw new AssertionError("PMD errors: " + report.getProcessingErrors() + " " + report.getConfigurationErrors());
      }
      List<Result> out = new ArrayList<>();
      for (RuleViolation v : report.getViolations()) {
        out.add(new Result(v, findingFor(v)));
      }
      return out;
    }
  }

  /** The violations as the conformance harness compares them. */
  static List<ReportedFinding> reported(List<Result> results, Path caseRoot) {
    List<ReportedFinding> out = new ArrayList<>();
    for (Result r : results) {
      Finding f = r.finding();
      List<ReportedFinding.Place> growth = new ArrayList<>();
      for (GrowthSite g : f.growthSites()) {
        growth.add(new ReportedFinding.Place(relative(caseRoot, g.location().file()), g.location().line()));
      }
      RuleViolation v = r.violation();
      out.add(new ReportedFinding(relative(caseRoot, v.getFileId().getAbsolutePath()), v.getBeginLine(),
          RuleId.fromId(v.getRule().getName()), f.kind(), f.confidence(), growth));
    }
    return out;
  }

  private static String relative(Path root, String file) {
    Path p = Path.of(file).toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
  }

  private static Finding findingFor(RuleViolation v) {
    RuleId rule = RuleId.fromId(v.getRule().getName());
    List<Finding> found = RECORDED.getOrDefault(v.getFileId().getAbsolutePath(), List.of());
    for (Finding f : found) {
      if (f.rule() == rule && f.location().line() == v.getBeginLine()) {
        return f;
      }
    }
    throw new AssertionError("no core finding behind " + v.getRule().getName() + " at " + v.getFileId() + ":" + v.getBeginLine());
  }

  static void configure(Rule r, Options options) {
    r.setProperty(AbstractLeakguardRule.REQUIRE_GROWTH_EVIDENCE, options.requireGrowthEvidence());
    r.setProperty(AbstractLeakguardRule.WEAK_COLLECTIONS_EVICT, options.weakCollectionsEvict());
    r.setProperty(AbstractLeakguardRule.SINGLETON_ANNOTATIONS, List.copyOf(options.singletonAnnotations()));
    r.setProperty(AbstractLeakguardRule.BOUNDED_TYPES, List.copyOf(options.boundedTypes()));
  }

  /** Records the core findings for each file, from the same per-file judgement the rules use. */
  public static final class RecordingRule extends AbstractJavaRulechainRule {
    public RecordingRule() {
      super(ASTCompilationUnit.class);
      setName("LeakguardFindingRecorder");
      setLanguage(JavaLanguageModule.getInstance());
      setMessage("records findings");
      definePropertyDescriptor(AbstractLeakguardRule.REQUIRE_GROWTH_EVIDENCE);
      definePropertyDescriptor(AbstractLeakguardRule.WEAK_COLLECTIONS_EVICT);
      definePropertyDescriptor(AbstractLeakguardRule.SINGLETON_ANNOTATIONS);
      definePropertyDescriptor(AbstractLeakguardRule.BOUNDED_TYPES);
    }

    @Override
    public Object visit(ASTCompilationUnit node, Object data) {
      Options options = new Options(getProperty(AbstractLeakguardRule.REQUIRE_GROWTH_EVIDENCE),
          getProperty(AbstractLeakguardRule.WEAK_COLLECTIONS_EVICT),
          java.util.Set.copyOf(getProperty(AbstractLeakguardRule.SINGLETON_ANNOTATIONS)),
          java.util.Set.copyOf(getProperty(AbstractLeakguardRule.BOUNDED_TYPES)));
      String file = node.getAstInfo().getTextDocument().getFileId().getAbsolutePath();
      RECORDED.put(file, FileJudgement.of(node).findings(options));
      return null;
    }
  }
}
