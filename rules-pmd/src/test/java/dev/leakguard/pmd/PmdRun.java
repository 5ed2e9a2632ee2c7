package dev.leakguard.pmd;

import dev.leakguard.conformance.ReportedFinding;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.options.LeakguardOption;
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
import net.sourceforge.pmd.properties.PropertyDescriptor;
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
        growth.add(new ReportedFinding.Place(RelativePaths.relative(caseRoot, g.location().file()), g.location().line()));
      }
      RuleViolation v = r.violation();
      out.add(new ReportedFinding(RelativePaths.relative(caseRoot, v.getFileId().getAbsolutePath()), v.getBeginLine(),
          RuleId.fromId(v.getRule().getName()), f.kind(), f.confidence(), growth));
    }
    return out;
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

  /** Sets the rule's option properties, by their names in core's option table, as a ruleset would. */
  static void configure(Rule r, Options options) {
    for (LeakguardOption o : LeakguardOption.values()) {
      set(r, r.getPropertyDescriptor(o.pmdProperty()), o.text(options));
    }
  }

  /** Sets a property from its text, as PMD reads a ruleset's {@code <property value=..>}. */
  static <T> void set(Rule r, PropertyDescriptor<T> d, String text) {
    r.setProperty(d, d.serializer().fromString(text));
  }

  /** Records the core findings for each file, from the same per-file judgement the rules use. */
  public static final class RecordingRule extends AbstractJavaRulechainRule {
    private final OptionProperties properties = new OptionProperties();

    public RecordingRule() {
      super(ASTCompilationUnit.class);
      setName("LeakguardFindingRecorder");
      setLanguage(JavaLanguageModule.getInstance());
      setMessage("records findings");
      properties.descriptors().forEach(this::definePropertyDescriptor);
    }

    @Override
    public Object visit(ASTCompilationUnit node, Object data) {
      Options options = properties.read(this);
      String file = node.getAstInfo().getTextDocument().getFileId().getAbsolutePath();
      RECORDED.put(file, FileJudgement.of(node).findings(options));
      return null;
    }
  }
}
