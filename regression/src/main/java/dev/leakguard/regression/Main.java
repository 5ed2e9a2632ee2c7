package dev.leakguard.regression;

import dev.leakguard.analyzer.Version;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The regression tester's entry point, started by {@code regression/run.sh}:
 *
 * <pre>
 * pom --libraries FILE --out POM --parent RELATIVE_PATH
 *     writes the pom through which Maven resolves the sources jars
 * run --libraries FILE --jars DIR --work DIR --expected FILE --expected-diagnostics FILE
 *     [--labels FILE]... [--threads N] [--diff | --update] [LIBRARY...]
 *     extracts and analyses each library (or only those named), then shows the diff against the
 *     expected files (--diff, the default) or also rewrites them (--update); then the precision
 *     against the labels (a labels file that does not exist is skipped with a note)
 * </pre>
 *
 * Exit status: 0 done (and, without {@code --update}, nothing differs from the expectation);
 * 1 the findings or diagnostics differ from the expectation; 2 bad arguments or input.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Arguments a = Arguments.parse(args);
      return switch (a.command()) {
        case "pom" -> writePom(a, out);
        case "run" -> new RegressionRun(a, out).execute();
        default -> throw new UsageException("unknown command '" + a.command() + "': expected pom or run");
      };
    } catch (UsageException | TsvException | UncheckedIOException e) {
      err.println("regression: " + e.getMessage());
      return 2;
    }
  }

  private static int writePom(Arguments a, PrintStream out) {
    List<Library> libraries = Library.read(a.path("--libraries"));
    Path pom = a.path("--out");
    TsvFile.write(pom, SourcesPom.lines(libraries, Version.get(), a.value("--parent")));
    out.println("regression: " + libraries.size() + " libraries to resolve, pom written to " + pom);
    return 0;
  }

  /** Command-line arguments: a command, {@code --name value} options (some repeatable), flags and names. */
  record Arguments(String command, List<String[]> options, Set<String> flags, List<String> names) {
    private static final Set<String> FLAGS = Set.of("--diff", "--update");
    private static final Set<String> OPTIONS = Set.of("--libraries", "--out", "--parent", "--jars", "--work",
        "--expected", "--expected-diagnostics", "--labels", "--threads");

    static Arguments parse(String[] args) {
      if (args.length == 0) {
        throw new UsageException("expected a command: pom or run");
      }
      List<String[]> options = new ArrayList<>();
      Set<String> flags = new LinkedHashSet<>();
      List<String> names = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (FLAGS.contains(arg)) {
          flags.add(arg);
        } else if (arg.startsWith("-")) {
          if (!OPTIONS.contains(arg)) {
            throw new UsageException("unknown option " + arg);
          }
          if (i + 1 >= args.length) {
            throw new UsageException(arg + " needs a value");
          }
          options.add(new String[] {arg, args[++i]});
        } else {
          names.add(arg);
        }
      }
      if (flags.contains("--diff") && flags.contains("--update")) {
        throw new UsageException("--diff and --update exclude each other");
      }
      return new Arguments(args[0], List.copyOf(options), Set.copyOf(flags), List.copyOf(names));
    }

    String value(String name) {
      List<String> all = values(name);
      if (all.isEmpty()) {
        throw new UsageException(command + " needs " + name);
      }
      return all.get(all.size() - 1);
    }

    List<String> values(String name) {
      return options.stream().filter(o -> o[0].equals(name)).map(o -> o[1]).toList();
    }

    Path path(String name) {
      return Path.of(value(name));
    }

    int intValue(String name, int fallback) {
      List<String> all = values(name);
      if (all.isEmpty()) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(all.get(all.size() - 1));
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new UsageException(name + " must be a positive number, found '" + all.get(all.size() - 1) + "'");
    }

    boolean flag(String name) {
      return flags.contains(name);
    }
  }

  /** A bad command line. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
