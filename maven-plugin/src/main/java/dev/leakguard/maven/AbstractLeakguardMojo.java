package dev.leakguard.maven;

import dev.leakguard.core.RelativePaths;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.analyzer.FactsExchange;
import dev.leakguard.analyzer.facts.FactsFile;
import dev.leakguard.core.Options;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionAlias;
import dev.leakguard.core.options.OptionSource;
import dev.leakguard.analyzer.baseline.BaselineException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every leakguard goal shares, and their translation into a {@link LeakguardRequest}.
 * A subclass only decides what to do with the outcome.
 */
abstract class AbstractLeakguardMojo extends AbstractMojo {
  /** Default for {@code includes}: every Java source file. */
  static final String DEFAULT_INCLUDE = "**/*.java";

  /** The user properties of the goals' own parameters (not the judge's options). */
  private static final Set<String> GOAL_PROPERTIES = Set.of(
      "leakguard.skip", "leakguard.failOnViolation", "leakguard.includeTests", "leakguard.includes",
      "leakguard.excludes", "leakguard.targetDirectory", "leakguard.threads",
      "leakguard.failOnParseError", "leakguard.baselineFile", "leakguard.cache", "leakguard.annotations",
      "leakguard.baseRef", "leakguard.post", "leakguard.apiUrl", "leakguard.repository", "leakguard.pullRequest",
      "leakguard.tokenEnv", "leakguard.encoding", "leakguard.maxFileSize", "leakguard.aggregate");

  /**
   * The user properties leakguard reads: the goals' own, and every option and alias of core's
   * option table; any other {@code leakguard.*} one is probably a typo.
   */
  static final Set<String> USER_PROPERTIES = userProperties();

  private static Set<String> userProperties() {
    Set<String> all = new TreeSet<>(GOAL_PROPERTIES);
    for (LeakguardOption o : LeakguardOption.values()) {
      all.add(o.userProperty());
      o.aliases().forEach(a -> all.add(a.userProperty()));
    }
    return Set.copyOf(all);
  }

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /**
   * Skips leakguard: nothing is analysed and no report is written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Also analyses the module's test source roots. Test code rarely runs in production, so by
   * default only the compile source roots are analysed.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.includeTests", defaultValue = "false")
  protected boolean includeTests;

  /**
   * Patterns of the source files to analyse (default: every {@code .java} file, {@code **}{@code /*.java}).
   * A pattern matches a file's path relative to the module ({@code src/main/java/com/acme/**}) or
   * to its source root ({@code com/acme/**}); {@code *} stays within a directory, {@code **}
   * crosses directories. On the command line, separate patterns with commas.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.includes")
  protected List<String> includes;

  /**
   * Patterns of source files not to analyse, even when included, in the form of
   * {@code includes} (for example {@code **}{@code /generated/**}). Default: none. Source roots under
   * the build directory (generated sources) are never analysed.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.excludes")
  protected List<String> excludes;

  /**
   * Where the reports go: {@code leakguard.sarif} (SARIF 2.1.0, for code scanning and IDEs) and
   * {@code leakguard.txt} (each finding with its reasons and every growth site).
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.targetDirectory", defaultValue = "${project.build.directory}/leakguard")
  protected File targetDirectory;

  /**
   * Keeps what was read from each source file in {@code targetDirectory/cache.bin}, keyed by the
   * file's content and leakguard's build, so that a second run on an unchanged module parses
   * nothing and a changed file is the only one parsed again. The file is safe to delete; a cache
   * written by another leakguard build is ignored.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.cache", defaultValue = "true")
  protected boolean cache;

  /**
   * The number of threads that parse source files. Default: the number of available processors.
   * Must be at least 1.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.threads")
  protected Integer threads;

  // The judge's options. Each field's name, user property and Javadoc are those of core's option
  // table (LeakguardOption, ParametersTest holds them equal); booleans are read as text so that the
  // table, not Maven, decides what a value means ('maybe' is refused, not taken as false). No
  // defaultValue: unset is the table's default.

  /**
   * Precise mode (true): report a holder only when a run-time growth site is seen. Strict mode
   * (false): report every static or singleton mutable unbounded collection with no documented
   * bound and no eviction, grown or not.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.requireGrowthEvidence")
  protected String requireGrowthEvidence;

  /**
   * Strict mode, the opposite of requireGrowthEvidence: strict=true is requireGrowthEvidence=false.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.strict")
  protected String strict;

  /**
   * Count weak and soft collections (WeakHashMap, a set backed by one, Spring's
   * ConcurrentReferenceHashMap) as evicting; false reports them, since a weak map whose values
   * reference their keys never lets go.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.weakCollectionsEvict")
  protected String weakCollectionsEvict;

  /**
   * More annotations (simple or qualified names) that make a class a singleton, on top of the
   * built-in ones (@Singleton, @ApplicationScoped, Spring stereotypes, ...).
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.singletonAnnotations")
  protected List<String> singletonAnnotations;

  /**
   * More collection types (simple or qualified names) known to be bounded, on top of the built-in
   * ones.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.boundedTypes")
  protected List<String> boundedTypes;

  /**
   * Fails the build when a source file cannot be parsed or read. By default such a file is a
   * warning naming it, and the other files are still analysed.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.failOnParseError", defaultValue = "false")
  protected boolean failOnParseError;

  /**
   * The baseline: fingerprints of accepted findings (rule id and the collection's qualified
   * name, no line numbers), written by the {@code baseline} goal. {@code check} uses it when the
   * file exists and then fails only on findings not in it; a file that exists but cannot be read
   * fails the build, it is never taken as empty.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.baselineFile", defaultValue = "${project.basedir}/leakguard-baseline.json")
  protected File baselineFile;

  /**
   * The encoding of the source files. Default: the build's {@code project.build.sourceEncoding},
   * or UTF-8 when that is not set. A file with bytes that are not valid in it is analysed with
   * replacement characters and a warning naming the encoding.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.encoding", defaultValue = "${project.build.sourceEncoding}")
  protected String encoding;

  /**
   * The size limit for one source file: a larger file is not analysed (it is reported as a file
   * that could not be analysed, like one that does not parse), since it is almost always
   * generated. A number of bytes with an optional {@code K}, {@code M} or {@code G} suffix.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.maxFileSize", defaultValue = "8M")
  protected String maxFileSize;

  /**
   * Whether to skip the goal: {@code leakguard.skip} is set, or the module has no Java source
   * root (a {@code pom}-packaging parent or aggregator); says which in the log.
   */
  protected boolean skipped() {
    if (skip) {
      getLog().info("leakguard: skipped (leakguard.skip)");
      return true;
    }
    if (sourceRoots().stream().noneMatch(java.nio.file.Files::isDirectory)) {
      getLog().info("leakguard: skipped, no Java sources in " + project.getArtifactId()
          + ("pom".equals(project.getPackaging()) ? " (packaging pom)" : ""));
      return true;
    }
    return false;
  }

  /**
   * Analyses the module as {@code request} says; a bad baseline or reports that cannot be written
   * fail the build with a message that says what to do.
   */
  protected LeakguardRun.Outcome analyse(LeakguardRequest request) throws MojoExecutionException {
    try {
      LeakguardRun.Outcome o = LeakguardRun.run(request);
      // The time reported includes reading the upstream modules' facts.
      return new LeakguardRun.Outcome(o.result(), o.newFindings(), o.baseline(), o.stale(), o.sourceRoots(),
          o.millis() + upstreamMillis, o.cachedFiles(), o.runtime());
    } catch (BaselineException e) {
      throw new MojoExecutionException("leakguard: " + e.getMessage()
          + "; fix or delete it, or write a new one with leakguard:baseline", e);
    } catch (IOException e) {
      String what = request.reportDirectory() == null ? "" : "cannot write reports to " + request.reportDirectory() + ": ";
      throw new MojoExecutionException("leakguard: " + what + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
  }

  /** The request for this module; {@code baseline} is the baseline to apply, or null. */
  protected LeakguardRequest request(Path baseline, boolean writeReports) throws MojoExecutionException {
    warnAboutUnknownProperties();
    try {
      Options options = judgeOptions();
      List<String> inc = split(includes);
      SourcePatterns includePatterns = SourcePatterns.of("includes", inc.isEmpty() ? List.of(DEFAULT_INCLUDE) : inc);
      SourcePatterns excludePatterns = SourcePatterns.of("excludes", split(excludes));
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      Path reports = writeReports ? targetDirectory.toPath() : null;
      Path cacheFile = cache ? targetDirectory.toPath().resolve(LeakguardRequest.CACHE_NAME) : null;
      return new LeakguardRequest(project.getBasedir().toPath(), sourceRoots(), includePatterns, excludePatterns,
          options, n, reports, baseline, cacheFile, sourceEncoding(), maxFileBytes(), factsExchange());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("leakguard: " + e.getMessage(), e);
    }
  }

  /**
   * The facts of the modules this one depends on, and where this module's facts go
   * ({@code targetDirectory/facts.lgf}), named {@code groupId:artifactId}, paths relative to the
   * repository root.
   */
  private FactsExchange factsExchange() {
    Path root = repositoryRoot();
    long start = System.nanoTime();
    List<FactsFile.Loaded> upstream = UpstreamFacts.of(project, session, includeTests, root, getLog());
    upstreamMillis = (System.nanoTime() - start) / 1_000_000;
    if (!upstream.isEmpty()) {
      getLog().info("leakguard: with the facts of " + String.join(", ", upstream.stream().map(u -> describe(u, root)).toList()));
    }
    Path output = writesFacts() || hasDownstream() ? factsFile() : null;
    return new FactsExchange(upstream, output, project.getGroupId() + ":" + project.getArtifactId(), root);
  }

  /** Whether this goal writes the module's facts even when no module of the build depends on it. */
  protected boolean writesFacts() {
    return false;
  }

  /** Whether a module of this build depends on this one: only then does it need this module's facts. */
  private boolean hasDownstream() {
    if (session == null || session.getProjects() == null) {
      return false;
    }
    for (MavenProject p : session.getProjects()) {
      for (org.apache.maven.model.Dependency d : p.getDependencies()) {
        if (d.getGroupId().equals(project.getGroupId()) && d.getArtifactId().equals(project.getArtifactId())) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code groupId:artifactId (core/target/leakguard/facts.lgf)}, or the jar's name for facts from a jar. */
  private static String describe(FactsFile.Loaded u, Path root) {
    int jar = u.source().indexOf("!/");
    String from = jar >= 0 ? Path.of(u.source().substring(0, jar)).getFileName().toString()
        : RelativePaths.relative(root, u.source());
    return u.module() + " (" + from + ")";
  }

  /** How long reading the upstream modules' facts took, for the time the goal reports. */
  private long upstreamMillis;

  /** Where this module's facts are written for the modules that depend on it. */
  protected Path factsFile() {
    return targetDirectory.toPath().resolve(FactsFile.NAME);
  }

  /**
   * The directory facts name their files relative to: where Maven was started (the directory of
   * the {@code -f} POM), the root of a multi-module build.
   */
  protected Path repositoryRoot() {
    String dir = session == null ? null : session.getExecutionRootDirectory();
    return (dir != null ? Path.of(dir) : project.getBasedir().toPath()).toAbsolutePath().normalize();
  }

  private java.nio.charset.Charset sourceEncoding() {
    if (encoding == null || encoding.isBlank()) {
      return java.nio.charset.StandardCharsets.UTF_8;
    }
    try {
      return java.nio.charset.Charset.forName(encoding.strip());
    } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      throw new IllegalArgumentException("parameter 'encoding' (leakguard.encoding, default project.build.sourceEncoding) is '"
          + encoding + "', which is not a character set this Java knows (e.g. UTF-8, ISO-8859-1)");
    }
  }

  private long maxFileBytes() {
    try {
      return dev.leakguard.analyzer.FileSize.parse(maxFileSize == null ? "8M" : maxFileSize);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter 'maxFileSize' (leakguard.maxFileSize) must be " + e.getMessage());
    }
  }

  /** The compile source roots (and test roots with {@code includeTests}), minus generated ones. */
  private List<Path> sourceRoots() {
    Path base = project.getBasedir().toPath();
    Path build = base.resolve(project.getBuild().getDirectory()).toAbsolutePath().normalize();
    List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
    if (includeTests) {
      roots.addAll(project.getTestCompileSourceRoots());
    }
    Set<Path> out = new LinkedHashSet<>();
    for (String r : roots) {
      Path p = base.resolve(r).toAbsolutePath().normalize();
      if (p.startsWith(build)) {
        getLog().debug("leakguard: skipping generated source root " + p);
        continue;
      }
      out.add(p);
    }
    return new ArrayList<>(out);
  }

  /** Elements of a list parameter, trimmed, with comma-separated elements (from -D) split. */
  static List<String> split(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values == null) {
      return out;
    }
    for (String v : values) {
      if (v == null) {
        out.add("");
        continue;
      }
      for (String part : v.split(",", -1)) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /**
   * The judge's options from their parameters, read and checked by core's option table.
   *
   * @throws dev.leakguard.core.options.OptionValueException naming the parameter and its user
   *     property, for a refused value
   */
  Options judgeOptions() {
    Map<String, String> given = new HashMap<>();
    given.put(LeakguardOption.REQUIRE_GROWTH_EVIDENCE.mavenParameter(), requireGrowthEvidence);
    given.put(LeakguardOption.REQUIRE_GROWTH_EVIDENCE.aliases().get(0).name(), strict);
    given.put(LeakguardOption.WEAK_COLLECTIONS_EVICT.mavenParameter(), weakCollectionsEvict);
    given.put(LeakguardOption.SINGLETON_ANNOTATIONS.mavenParameter(), joined(singletonAnnotations));
    given.put(LeakguardOption.BOUNDED_TYPES.mavenParameter(), joined(boundedTypes));
    given.values().removeIf(java.util.Objects::isNull);
    // Spelled {@code parameter 'boundedTypes' (leakguard.boundedTypes)} in errors.
    return OptionSource.of(given, o -> "parameter '" + o.mavenParameter() + "' (" + o.userProperty() + ")",
        a -> "parameter '" + a.name() + "' (" + a.userProperty() + ")").read();
  }

  /** A list parameter as the table reads it: comma-separated, an empty element an empty entry; null when not given. */
  private static String joined(List<String> values) {
    return values == null ? null : String.join(",", values.stream().map(v -> v == null ? "" : v).toList());
  }

  private void warnAboutUnknownProperties() {
    if (session == null || session.getUserProperties() == null) {
      return;
    }
    for (String key : new TreeSet<>(session.getUserProperties().stringPropertyNames())) {
      if (key.startsWith("leakguard.") && !USER_PROPERTIES.contains(key) && !key.equals("leakguard.version")) {
        getLog().warn("leakguard: '" + key + "' is not a leakguard parameter and is ignored; known: "
            + String.join(", ", new TreeSet<>(USER_PROPERTIES)));
      }
    }
  }

  /** Logs the files that could not be analysed; returns their count. */
  protected int reportDiagnostics(LeakguardRun.Outcome outcome, boolean asErrors) {
    Path base = project.getBasedir().toPath();
    int unreadable = 0;
    for (Diagnostic d : outcome.result().diagnostics()) {
      String where = RelativePaths.relative(base, d.file())
          + (d.line() > 0 ? ":" + d.line() : "");
      if (d.level() == Diagnostic.Level.ERROR) {
        unreadable++;
        String text = where + ": " + d.message() + (d.message().startsWith("not analysed") ? "" : " (not analysed)");
        if (asErrors) {
          getLog().error(text);
        } else {
          getLog().warn(text);
        }
      } else {
        getLog().warn(where + ": " + d.message());
      }
    }
    return unreadable;
  }

  /** {@code 1 unbounded collection} / {@code 2 unbounded collections}. */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
