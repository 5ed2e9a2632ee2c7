package dev.leakguard.conformance;

import dev.leakguard.core.Confidence;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.Options;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One conformance case: a single file, or a folder of files analysed together, with the markers
 * written in its sources (see conformance/README.md).
 */
public final class ConformanceCase {
  private static final Pattern MARKER = Pattern.compile("//.*?\\b(expect|desire):\\s*(\\w+)([^;]*)");
  private static final Pattern GROWTH = Pattern.compile("//(.*;)?\\s*growth\\b");
  private static final Pattern OPTIONS = Pattern.compile("^\\s*//\\s*options:\\s*(.*)$");

  private final String name;
  private final Path root;
  private final List<Path> files;
  private final boolean crossFile;
  private final Options options;
  private final List<Marker> markers;
  private final Set<ReportedFinding.Place> growthLines;

  private ConformanceCase(String name, Path root, List<Path> files, boolean crossFile) throws IOException {
    this.name = name;
    this.root = root;
    this.files = files;
    this.crossFile = crossFile;
    Options opts = Options.DEFAULT;
    List<Marker> ms = new ArrayList<>();
    Set<ReportedFinding.Place> growth = new LinkedHashSet<>();
    for (Path f : files) {
      String rel = ReportedFinding.relative(root, f.toString());
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher om = OPTIONS.matcher(line);
        if (om.matches()) {
          opts = applyOptions(opts, om.group(1), f, i + 1);
          continue;
        }
        Matcher m = MARKER.matcher(line);
        if (m.find()) {
          ms.add(parseMarker(rel, i + 1, m, f));
        }
        if (GROWTH.matcher(line).find()) {
          growth.add(new ReportedFinding.Place(rel, i + 1));
        }
      }
    }
    this.options = opts;
    this.markers = List.copyOf(ms);
    this.growthLines = Set.copyOf(growth);
  }

  /** A case from a {@code .java} file (single-file) or a folder (cross-file). */
  public static ConformanceCase load(Path casesRoot, Path path) {
    try {
      String name = RelativePaths.relative(casesRoot, path);
      if (Files.isDirectory(path)) {
        return loadFolder(name, path);
      }
      return new ConformanceCase(name, path.getParent(), List.of(path), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conformance case " + path, e);
    }
  }

  /** A cross-file case named {@code name} whose sources are every {@code .java} file below {@code folder}. */
  public static ConformanceCase loadFolder(String name, Path folder) {
    try {
      List<Path> files;
      try (Stream<Path> s = Files.walk(folder)) {
        files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      return new ConformanceCase(name, folder, files, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conformance case " + folder, e);
    }
  }

  /** The case name, e.g. {@code single-file/growth/PutInHandler.java}. */
  public String name() {
    return name;
  }

  /** The folder that file names in findings are relative to. */
  public Path root() {
    return root;
  }

  public List<Path> files() {
    return files;
  }

  public boolean isCrossFile() {
    return crossFile;
  }

  public Options options() {
    return options;
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Compares findings with the markers. Returns every difference, one line each; empty means
   * the case holds.
   */
  public List<String> check(List<ReportedFinding> findings) {
    List<String> problems = new ArrayList<>();
    Set<String> usedMarkers = new TreeSet<>();
    for (Marker m : markers) {
      List<ReportedFinding> here = findings.stream().filter(f -> f.file().equals(m.file()) && f.line() == m.line()).toList();
      String at = m.file() + ":" + m.line();
      usedMarkers.add(at);
      if (m.desire()) {
        if (m.rule() == null && here.isEmpty()) {
          problems.add(at + ": 'desire: none' but nothing is reported any more: the limit is lifted, flip the marker to 'expect: none'");
        } else if (m.rule() != null && !here.isEmpty()) {
          problems.add(at + ": 'desire: " + m.rule() + "' but it is reported now: flip the marker to 'expect: " + m.rule() + "'");
        }
        continue;
      }
      if (m.rule() == null) {
        here.forEach(f -> problems.add(at + ": expected no finding, got " + describe(f)));
        continue;
      }
      if (here.size() != 1 || here.get(0).rule() != m.rule()) {
        problems.add(at + ": expected one " + m.rule() + ", got " + (here.isEmpty() ? "nothing" : here.stream().map(ConformanceCase::describe).toList()));
        continue;
      }
      ReportedFinding f = here.get(0);
      if (m.kind() != null && f.kind() != m.kind()) {
        problems.add(at + ": expected kind " + m.kind() + ", got " + f.kind());
      }
      if (m.confidence() != null && f.confidence() != m.confidence()) {
        problems.add(at + ": expected confidence " + m.confidence().label() + ", got " + f.confidence().label());
      }
    }
    for (ReportedFinding f : findings) {
      if (!usedMarkers.contains(f.file() + ":" + f.line())) {
        problems.add(f.file() + ":" + f.line() + ": unexpected " + describe(f));
      }
    }
    Set<ReportedFinding.Place> reportedGrowth = new LinkedHashSet<>();
    for (ReportedFinding f : findings) {
      if (isDesiredAway(f)) {
        continue; // a lived-with false positive's growth lines are not marked
      }
      reportedGrowth.addAll(f.growth());
    }
    for (ReportedFinding.Place p : growthLines) {
      if (!reportedGrowth.contains(p)) {
        problems.add(p.file() + ":" + p.line() + ": marked '// growth' but no finding reports a growth site here");
      }
    }
    for (ReportedFinding.Place p : reportedGrowth) {
      if (!growthLines.contains(p)) {
        problems.add(p.file() + ":" + p.line() + ": reported as a growth site but not marked '// growth'");
      }
    }
    return problems;
  }

  private boolean isDesiredAway(ReportedFinding f) {
    return markers.stream().anyMatch(m -> m.desire() && m.file().equals(f.file()) && m.line() == f.line());
  }

  private static String describe(ReportedFinding f) {
    return f.rule() + " (" + f.kind() + ", " + f.confidence().label() + ")";
  }

  private static Marker parseMarker(String file, int line, Matcher m, Path source) {
    boolean desire = m.group(1).equals("desire");
    String what = m.group(2);
    RuleId rule = null;
    if (!what.equals("none")) {
      rule = RuleId.fromId(what);
      if (rule == null) {
        throw new IllegalArgumentException(source + ":" + line + ": unknown rule id '" + what + "' in marker");
      }
    }
    FindingKind kind = null;
    Confidence confidence = null;
    for (String attr : m.group(3).trim().split("\\s+")) {
      if (attr.isBlank()) {
        continue;
      }
      String[] kv = attr.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException(source + ":" + line + ": marker attribute '" + attr + "' is not key=value");
      }
      switch (kv[0]) {
        case "kind" -> kind = parseKind(kv[1], source, line);
        case "confidence" -> confidence = parseConfidence(kv[1], source, line);
        default -> throw new IllegalArgumentException(source + ":" + line + ": unknown marker attribute '" + kv[0] + "'");
      }
    }
    if (!desire && rule != null && (kind == null || confidence == null)) {
      throw new IllegalArgumentException(source + ":" + line + ": 'expect: " + rule + "' needs both kind= and confidence="
          + " (e.g. 'expect: " + rule + " kind=GROWTH confidence=high'), missing "
          + (kind == null ? (confidence == null ? "both" : "kind=") : "confidence="));
    }
    return new Marker(file, line, rule, kind, confidence, desire);
  }

  private static FindingKind parseKind(String text, Path source, int line) {
    try {
      return FindingKind.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ":" + line + ": unknown kind '" + text + "' in marker, expected one of "
          + Arrays.toString(FindingKind.values()), e);
    }
  }

  private static Confidence parseConfidence(String text, Path source, int line) {
    try {
      return Confidence.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ":" + line + ": unknown confidence '" + text
          + "' in marker, expected high or normal", e);
    }
  }

  private static Options applyOptions(Options o, String spec, Path file, int line) {
    for (String part : spec.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] kv = part.trim().split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException(file + ":" + line + ": option '" + part.trim() + "' is not key=value");
      }
      String key = kv[0].trim();
      try {
        // Names are separated by '|' here: the header separates options with commas.
        o = LeakguardOption.set(o, key, kv[1].trim().replace('|', ','));
      } catch (OptionValueException e) {
        throw new IllegalArgumentException(file + ":" + line + ": option '" + key + "' " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
      }
    }
    return o;
  }
}
