package dev.leakguard.analyzer.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a change adds, asked of the real {@code git}: the merge base of the base ref and
 * {@code HEAD}, then {@code git diff --unified=0 <merge base> HEAD}. A base ref that is missing,
 * or a shallow clone whose history does not reach the merge base, fails with the command that
 * fetches what is missing.
 */
public final class GitDiff {
  private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

  private GitDiff() {}

  /**
   * The lines that {@code HEAD} adds since its merge base with {@code baseRef}.
   *
   * @param dir any directory inside the work tree
   * @param baseRef what the change will be merged into, e.g. {@code origin/main}
   */
  public static ChangedLines addedLines(Path dir, String baseRef) throws ReviewException {
    if (baseRef == null || baseRef.isBlank()) {
      throw new ReviewException("no base ref given: name the branch the change will be merged into, e.g. origin/main");
    }
    if (baseRef.startsWith("-")) {
      throw new ReviewException("base ref '" + baseRef + "' is not a git ref");
    }
    Result top = git(dir, "rev-parse", "--show-toplevel");
    if (top.status != 0) {
      throw new ReviewException(dir.toAbsolutePath() + " is not inside a git work tree (git: " + top.firstErrorLine() + ")");
    }
    Path root = Path.of(top.out.strip());
    boolean shallow = "true".equals(git(root, "rev-parse", "--is-shallow-repository").out.strip());
    if (git(root, "rev-parse", "--verify", "--quiet", baseRef + "^{commit}").status != 0) {
      throw new ReviewException(missingBase(baseRef, shallow));
    }
    Result head = git(root, "rev-parse", "--verify", "HEAD^{commit}");
    if (head.status != 0) {
      throw new ReviewException("the repository at " + root + " has no commit at HEAD");
    }
    Result base = git(root, "merge-base", baseRef, "HEAD");
    if (base.status != 0 || base.out.isBlank()) {
      throw new ReviewException(shallow
          ? "cannot find the merge base of '" + baseRef + "' and HEAD: this clone is shallow and its history does not reach it."
              + " Fetch the history: git fetch --unshallow" + remoteOf(root, baseRef).map(r -> " " + r).orElse("")
              + " (in GitHub Actions: actions/checkout with fetch-depth: 0)"
          : "'" + baseRef + "' and HEAD have no common history (no merge base): is '" + baseRef + "' the branch this change goes into?");
    }
    String mergeBase = base.out.strip();
    Result diff = git(root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--unified=0",
        "-M", "--src-prefix=a/", "--dst-prefix=b/", mergeBase, "HEAD", "--");
    if (diff.status != 0) {
      throw new ReviewException("git diff " + mergeBase + " HEAD failed: " + diff.firstErrorLine());
    }
    return new ChangedLines(root, head.out.strip(), mergeBase, parse(diff.out));
  }

  /** Added lines per new path, from {@code git diff --unified=0} output. */
  static Map<String, BitSet> parse(String diff) {
    Map<String, BitSet> out = new TreeMap<>();
    BitSet current = null;
    for (String line : diff.split("\n", -1)) {
      if (line.startsWith("+++ ")) {
        String path = unquote(line.substring(4).stripTrailing());
        current = path.startsWith("b/") ? out.computeIfAbsent(path.substring(2), k -> new BitSet()) : null;
      } else if (line.startsWith("@@") && current != null) {
        Matcher m = HUNK.matcher(line);
        if (m.find()) {
          int start = Integer.parseInt(m.group(1));
          int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
          if (count > 0) {
            current.set(start, start + count);
          }
        }
      } else if (line.startsWith("diff --git ")) {
        current = null;
      }
    }
    out.values().removeIf(BitSet::isEmpty);
    return out;
  }

  /** git's C-style quoting of unusual paths ({@code "b/caf\303\251.java"}). */
  static String unquote(String s) {
    if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String body = s.substring(1, s.length() - 1);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char n = body.charAt(++i);
      if (n >= '0' && n <= '7' && i + 2 < body.length()) {
        bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
        i += 2;
      } else {
        bytes.write(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'a' -> 7;
          case 'b' -> '\b';
          case 'f' -> '\f';
          case 'v' -> 11;
          default -> n;
        });
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String missingBase(String baseRef, boolean shallow) {
    String fetch = fetchCommand(baseRef, shallow);
    return "base ref '" + baseRef + "' is not in this " + (shallow ? "clone, which is shallow" : "repository") + ". Fetch it: "
        + fetch + (shallow ? " (or git fetch --unshallow, then git fetch origin <branch>)" : "")
        + " (in GitHub Actions: actions/checkout with fetch-depth: 0 fetches every branch with its history)";
  }

  /** {@code origin/main} → {@code git fetch origin main:refs/remotes/origin/main}, with its history when shallow. */
  static String fetchCommand(String baseRef, boolean shallow) {
    String ref = baseRef.startsWith("refs/remotes/") ? baseRef.substring("refs/remotes/".length()) : baseRef;
    int slash = ref.indexOf('/');
    String unshallow = shallow ? "--unshallow " : "";
    if (slash > 0 && !ref.startsWith("refs/")) {
      String remote = ref.substring(0, slash);
      String branch = ref.substring(slash + 1);
      return "git fetch " + unshallow + remote + " " + branch + ":refs/remotes/" + remote + "/" + branch;
    }
    return "git fetch " + unshallow + "origin " + ref + ":" + ref;
  }

  private static java.util.Optional<String> remoteOf(Path root, String baseRef) throws ReviewException {
    int slash = baseRef.indexOf('/');
    if (slash <= 0) {
      return java.util.Optional.empty();
    }
    String remote = baseRef.substring(0, slash);
    Result remotes = git(root, "remote");
    return remotes.status == 0 && remotes.out.lines().anyMatch(remote::equals) ? java.util.Optional.of(remote) : java.util.Optional.empty();
  }

  record Result(int status, String out, String err) {
    String firstErrorLine() {
      String e = err.strip();
      int nl = e.indexOf('\n');
      return e.isEmpty() ? "exit status " + status : nl < 0 ? e : e.substring(0, nl);
    }
  }

  /** Runs git in {@code dir}; a git that cannot be started is a clear error. */
  static Result git(Path dir, String... args) throws ReviewException {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-C");
    cmd.add(dir.toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("LC_ALL", "C");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
    try {
      Process p = pb.start();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      String out = read(p.getInputStream());
      int status = p.waitFor();
      return new Result(status, out, err.join());
    } catch (IOException e) {
      throw new ReviewException("cannot run git (the review needs git on the PATH): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReviewException("interrupted while running git", e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
