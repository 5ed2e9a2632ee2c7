package dev.leakguard.analyzer.cli;

import dev.leakguard.core.Options;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionAlias;
import dev.leakguard.core.options.OptionSource;
import dev.leakguard.core.options.OptionValueException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The parsed command line. */
final class CliOptions {
  enum Format {
    TEXT,
    SARIF,
    GITHUB,
    MARKDOWN,
    RDJSON,
    GITLAB
  }

  final List<Path> sources = new ArrayList<>();
  Format format = Format.TEXT;
  boolean formatGiven;
  String baseRef;
  boolean post;
  String apiUrl;
  String repository;
  Integer pullRequest;
  String tokenEnv;
  Path output;
  Path root;
  Path baseline;
  Path writeBaseline;
  /** leakguard-junit's runtime.json, whose measurements mark the findings, or null. */
  Path runtime;
  final List<Path> facts = new ArrayList<>();
  Path writeFacts;
  String module = "";
  boolean explain;
  boolean help;
  boolean version;
  int threads = Runtime.getRuntime().availableProcessors();
  Options options = Options.DEFAULT;
  /** The text given for each judge option (table key) and alias, read into {@link #options} at the end. */
  private final Map<String, String> optionValues = new HashMap<>();
  java.nio.charset.Charset encoding = java.nio.charset.StandardCharsets.UTF_8;
  long maxFileBytes = dev.leakguard.analyzer.SourceParser.MAX_FILE_BYTES;
  boolean failOnError = true;

  static final String USAGE = String.join("\n",
      "usage: leakguard [options] <source dir or file>...",
      "",
      "Finds static and singleton collections that grow at run time with no bound or eviction.",
      "",
      "options:",
      "  --format F                   report format (default text):",
      "                                 text     path:line: [RuleId] message",
      "                                 sarif    SARIF 2.1.0, for GitHub code scanning",
      "                                 github   GitHub Actions annotations, most important first, at most 10",
      "                                 markdown counts per rule and a table of findings, for a job summary",
      "                                 rdjson   reviewdog's diagnostic format (reviewdog -f=rdjson)",
      "                                 gitlab   GitLab Code Quality JSON",
      "  --output FILE                write the report to FILE (atomically) instead of standard output",
      "  --root DIR                   show paths relative to DIR (default: the current directory)",
      "  --explain                    text format: print each finding's reasons and every growth site",
      optionLines(),
      "  --threads N                  parsing threads (default: the number of cores)",
      "  --encoding CHARSET           the source files' encoding (default UTF-8), e.g. ISO-8859-1",
      "  --max-file-size SIZE         skip larger files as not analysed (default 8M; K, M or G suffix)",
      "  --no-fail-on-error           files that could not be analysed do not set exit status 3",
      "  --baseline FILE              report only findings whose fingerprint is not in FILE",
      "  --write-baseline FILE        write the findings' fingerprints to FILE (exit 0, or 3 if files were not analysed)",
      "  --runtime FILE               text and sarif: mark each finding with what leakguard-junit measured",
      "                               (its runtime.json): confirmed at run time, or not under that load",
      "",
      "multi-module builds (analyse each module after the modules it depends on):",
      "  --facts DIR                  the facts of a module this code depends on (repeatable): the directory",
      "                               --write-facts wrote to, the facts file, or a jar carrying",
      "                               META-INF/leakguard/facts.lgf; its holders grown or evicted here count,",
      "                               and one grown here is reported at its field (paths relative to --root)",
      "  --write-facts DIR            write this module's facts to DIR/facts.lgf for the modules that depend on it",
      "  --module NAME                the name the written facts carry (default: the directory's name)",
      "",
      "review mode (pull requests):",
      "  --base-ref REF               write the review payload (GitHub's 'create a review' body) for the",
      "                               findings on lines added since the merge base with REF (e.g.",
      "                               origin/main) to --output or standard output; needs git",
      "  --post                       also post the review, skipping findings already commented on",
      "  --github-api-url URL         REST API base (default: $GITHUB_API_URL or https://api.github.com)",
      "  --repository OWNER/NAME      the repository (default: $GITHUB_REPOSITORY)",
      "  --pull-request N             the pull request (default: the one in $GITHUB_EVENT_PATH)",
      "  --token-env VAR              the environment variable holding the token (default GITHUB_TOKEN)",
      "",
      "  --version, --help",
      "",
      "exit status: 0 no findings (in review mode: none on added lines), 1 findings, 2 usage, I/O, git or",
      "             GitHub API error, or nothing could be analysed; 3 some files or directories could not be",
      "             analysed (each is named on standard error; the report covers the rest), unless",
      "             --no-fail-on-error");

  static CliOptions parse(String[] args) throws UsageException {
    CliOptions o = new CliOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String inlineValue = null;
      if (a.startsWith("--") && a.contains("=")) {
        inlineValue = a.substring(a.indexOf('=') + 1);
        a = a.substring(0, a.indexOf('='));
      }
      switch (a) {
        case "--help", "-h" -> o.help = true;
        case "--version" -> o.version = true;
        case "--explain" -> o.explain = true;
        case "--format" -> {
          String v = value(args, ++i, a, inlineValue);
          if (inlineValue != null) i--;
          try {
            o.format = Format.valueOf(v.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be text, sarif, github, markdown, rdjson or gitlab, not '" + v + "'");
          }
          o.formatGiven = true;
        }
        case "--base-ref" -> { o.baseRef = value(args, ++i, a, inlineValue); if (inlineValue != null) i--; }
        case "--post" -> o.post = true;
        case "--github-api-url" -> { o.apiUrl = value(args, ++i, a, inlineValue); if (inlineValue != null) i--; }
        case "--repository" -> { o.repository = value(args, ++i, a, inlineValue); if (inlineValue != null) i--; }
        case "--token-env" -> { o.tokenEnv = value(args, ++i, a, inlineValue); if (inlineValue != null) i--; }
        case "--pull-request" -> {
          String v = value(args, ++i, a, inlineValue);
          if (inlineValue != null) i--;
          try {
            o.pullRequest = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new UsageException("--pull-request must be a pull request number, not '" + v + "'");
          }
          if (o.pullRequest < 1) {
            throw new UsageException("--pull-request must be at least 1, not " + o.pullRequest);
          }
        }
        case "--output" -> { o.output = Path.of(value(args, ++i, a, inlineValue)); if (inlineValue != null) i--; }
        case "--root" -> { o.root = Path.of(value(args, ++i, a, inlineValue)); if (inlineValue != null) i--; }
        case "--baseline" -> { o.baseline = Path.of(value(args, ++i, a, inlineValue)); if (inlineValue != null) i--; }
        case "--facts" -> { o.facts.add(Path.of(value(args, ++i, a, inlineValue))); if (inlineValue != null) i--; }
        case "--write-facts" -> { o.writeFacts = Path.of(value(args, ++i, a, inlineValue)); if (inlineValue != null) i--; }
        case "--module" -> { o.module = value(args, ++i, a, inlineValue); if (inlineValue != null) i--; }
        case "--write-baseline" -> { o.writeBaseline = Path.of(value(args, ++i, a, inlineValue)); if (inlineValue != null) i--; }
        case "--runtime" -> { o.runtime = Path.of(value(args, ++i, a, inlineValue)); if (inlineValue != null) i--; }
        case "--threads" -> {
          String v = value(args, ++i, a, inlineValue);
          if (inlineValue != null) i--;
          try {
            o.threads = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new UsageException("--threads must be a whole number, not '" + v + "'");
          }
          if (o.threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + o.threads);
          }
        }
        case "--encoding" -> {
          String v = value(args, ++i, a, inlineValue);
          if (inlineValue != null) i--;
          o.encoding = RunOptions.charset(v);
        }
        case "--max-file-size" -> {
          String v = value(args, ++i, a, inlineValue);
          if (inlineValue != null) i--;
          o.maxFileBytes = RunOptions.size(v);
        }
        case "--no-fail-on-error" -> o.failOnError = false;
        default -> {
          if (o.judgeOption(a, args, i, inlineValue)) {
            i += inlineValue == null && takesValue(a) ? 1 : 0;
            continue;
          }
          if (a.startsWith("-")) {
            throw new UsageException("unknown option '" + a + "' (see --help)");
          }
          o.sources.add(Path.of(a));
        }
      }
    }
    try {
      // The judge options as given on the command line, spelled as written.
      o.options = OptionSource.of(o.optionValues, LeakguardOption::cliOption, OptionAlias::cliOption).read();
    } catch (OptionValueException e) {
      throw new UsageException(e.getMessage());
    }
    if (!o.help && !o.version && o.sources.isEmpty()) {
      throw new UsageException("no source directories or files given");
    }
    if (o.baseRef == null && (o.post || o.apiUrl != null || o.repository != null || o.pullRequest != null || o.tokenEnv != null)) {
      throw new UsageException("--post, --github-api-url, --repository, --pull-request and --token-env need --base-ref (review mode)");
    }
    if (o.baseRef != null && (o.formatGiven || o.writeBaseline != null || o.explain)) {
      throw new UsageException("--base-ref writes the review payload: it takes no --format, --explain or --write-baseline");
    }
    if (o.runtime != null && (o.baseRef != null || o.writeBaseline != null || o.format != Format.TEXT && o.format != Format.SARIF)) {
      throw new UsageException("--runtime marks the text and sarif reports: it takes no --base-ref, --write-baseline or --format "
          + o.format.name().toLowerCase(Locale.ROOT));
    }
    return o;
  }

  private static String value(String[] args, int i, String option, String inline) throws UsageException {
    if (inline != null) {
      return inline;
    }
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  /**
   * Records a judge option from core's option table ({@code --bounded-types A,B}) or an alias
   * ({@code --strict}, a switch); false when {@code a} is neither.
   */
  private boolean judgeOption(String a, String[] args, int i, String inlineValue) throws UsageException {
    for (LeakguardOption option : LeakguardOption.values()) {
      if (option.cliOption().equals(a)) {
        optionValues.put(option.key(), value(args, i + 1, a, inlineValue));
        return true;
      }
      for (OptionAlias alias : option.aliases()) {
        if (alias.cliOption().equals(a)) {
          optionValues.put(alias.name(), inlineValue == null ? "true" : inlineValue);
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code a} is a judge option that takes a value (aliases are switches). */
  private static boolean takesValue(String a) {
    for (LeakguardOption option : LeakguardOption.values()) {
      if (option.cliOption().equals(a)) {
        return true;
      }
    }
    return false;
  }

  /** The usage lines of the judge options, from core's option table. */
  private static String optionLines() {
    List<String> lines = new ArrayList<>();
    for (LeakguardOption option : LeakguardOption.values()) {
      String defaultText = option.defaultText().isEmpty() ? "" : " (default " + option.defaultText() + ")";
      lines.add(usageLine(option.cliOption() + " " + option.type().placeholder(), option.summary() + defaultText));
      for (OptionAlias alias : option.aliases()) {
        lines.add(usageLine(alias.cliOption(), alias.summary()));
      }
    }
    return String.join("\n", lines);
  }

  private static String usageLine(String option, String text) {
    return String.format(Locale.ROOT, "  %-28s %s", option, text);
  }
}
