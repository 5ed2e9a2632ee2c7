package dev.leakguard.regression;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of the tester: extract and analyse each library, write the current findings under the
 * work folder, then show the diff against the expected files (or rewrite them with
 * {@code --update}) and the precision against the labels.
 */
final class RegressionRun {
  private final Main.Arguments args;
  private final PrintStream out;

  RegressionRun(Main.Arguments args, PrintStream out) {
    this.args = args;
    this.out = out;
  }

  int execute() {
    List<Library> listed = Library.read(args.path("--libraries"));
    List<Library> libraries = selected(listed, args.names());
    Path jars = args.path("--jars");
    Path work = args.path("--work");
    Path expectedFile = args.path("--expected");
    Path expectedDiagnosticsFile = args.path("--expected-diagnostics");
    boolean update = args.flag("--update");
    int threads = args.intValue("--threads", 2);

    List<FindingRow> actual = new ArrayList<>();
    List<LibraryDiagnostics> actualDiagnostics = new ArrayList<>();
    LibraryAnalysis analysis = new LibraryAnalysis(threads);
    long start = System.nanoTime();
    for (Library library : libraries) {
      long t0 = System.nanoTime();
      Path root = work.resolve("sources").resolve(library.name());
      SourcesJar.extract(jars.resolve(library.repositoryPath()), root);
      LibraryAnalysis.Result r = analysis.analyze(library.name(), root);
      r.warnings().forEach(w -> out.println("warning: " + w));
      actual.addAll(r.rows());
      actualDiagnostics.add(r.diagnostics());
      out.printf(java.util.Locale.ROOT, "%-24s %6d files, %2d not parsed, %3d findings, %s%n", library.name(),
          r.diagnostics().javaFiles(), r.diagnostics().notParsed().size(), r.rows().size(), Main.seconds(System.nanoTime() - t0));
      r.problems().forEach(p -> out.println("    " + p));
    }
    out.printf(java.util.Locale.ROOT, "analysed %d libraries in %s: %d findings%n", libraries.size(), Main.seconds(System.nanoTime() - start), actual.size());
    Path actualFile = work.resolve("actual.tsv");
    Path actualDiagnosticsFile = work.resolve("actual-diagnostics.tsv");
    TsvFile.write(actualFile, FindingRow.format(actual));
    TsvFile.write(actualDiagnosticsFile, LibraryDiagnostics.format(actualDiagnostics));
    out.println("current findings: " + actualFile + ", diagnostics: " + actualDiagnosticsFile);

    Set<String> run = names(libraries);
    List<FindingRow> expected = Files.exists(expectedFile) ? FindingRow.read(expectedFile) : List.of();
    List<LibraryDiagnostics> expectedDiagnostics =
        Files.exists(expectedDiagnosticsFile) ? LibraryDiagnostics.read(expectedDiagnosticsFile) : List.of();
    if (!Files.exists(expectedFile)) {
      out.println("note: " + expectedFile + " does not exist yet: every finding is new");
    }
    ExpectationDiff diff = ExpectationDiff.between(
        Expectation.restrictTo(expected, FindingRow::library, run), actual,
        Expectation.restrictTo(expectedDiagnostics, LibraryDiagnostics::library, run), actualDiagnostics);
    diff.render(expectedFile.toString()).forEach(out::println);
    if (update) {
      Set<String> all = names(listed);
      TsvFile.write(expectedFile, FindingRow.format(Expectation.updated(expected, actual, FindingRow::library, run, all)));
      TsvFile.write(expectedDiagnosticsFile, LibraryDiagnostics.format(
          Expectation.updated(expectedDiagnostics, actualDiagnostics, LibraryDiagnostics::library, run, all)));
      out.println("updated " + expectedFile + " and " + expectedDiagnosticsFile);
    }

    List<Label> labels = new ArrayList<>();
    for (String file : args.values("--labels")) {
      Path p = Path.of(file);
      if (!Files.exists(p)) {
        out.println("note: labels " + p + " not found, skipped");
        continue;
      }
      List<Label> read = Label.read(p);
      out.println("labels: " + read.size() + " from " + p);
      labels.addAll(read);
    }
    PrecisionReport.of(actual, labels, run).render("all " + libraries(run.size()) + " run", labels.size()).forEach(out::println);
    Map<String, Set<String>> sets = bySet(libraries);
    if (sets.size() > 1) {
      sets.forEach((set, members) -> PrecisionReport.of(Expectation.restrictTo(actual, FindingRow::library, members), labels, members)
          .renderTable("set '" + set + "', " + libraries(members.size()), labels.size()).forEach(out::println));
    }
    return update || diff.isEmpty() ? 0 : 1;
  }

  private static List<Library> selected(List<Library> listed, List<String> names) {
    if (names.isEmpty()) {
      return listed;
    }
    Set<String> known = names(listed);
    List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw new Main.UsageException("not in the library list: " + String.join(", ", unknown)
          + " (listed: " + String.join(", ", known) + ")");
    }
    Set<String> wanted = new LinkedHashSet<>(names);
    return listed.stream().filter(l -> wanted.contains(l.name())).toList();
  }

  private static String libraries(int n) {
    return n + (n == 1 ? " library" : " libraries");
  }

  /** The libraries' names by set, sets in the order they first appear. */
  private static Map<String, Set<String>> bySet(List<Library> libraries) {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    for (Library l : libraries) {
      sets.computeIfAbsent(l.set(), s -> new LinkedHashSet<>()).add(l.name());
    }
    return sets;
  }

  private static Set<String> names(List<Library> libraries) {
    return libraries.stream().map(Library::name).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
