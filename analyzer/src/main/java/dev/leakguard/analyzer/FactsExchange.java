package dev.leakguard.analyzer;

import dev.leakguard.analyzer.facts.FactsFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The facts an analysis shares with other modules' analyses: the {@code upstream} facts of the
 * modules the analysed code depends on (their holders, growth and eviction sites and classes take
 * part in the judgement; a holder declared upstream is reported here only for growth seen here),
 * and where to write the facts this analysis reads ({@code output}, null for nowhere) for the
 * modules downstream, under the name {@code module}, with paths relative to {@code root} (the
 * repository root: upstream facts name their files relative to it too).
 */
public record FactsExchange(List<FactsFile.Loaded> upstream, Path output, String module, Path root) {
  /** No upstream facts, none written. */
  public static final FactsExchange NONE = new FactsExchange(List.of(), null, "", Path.of(""));

  public FactsExchange {
    upstream = List.copyOf(upstream);
    module = module == null ? "" : module;
    root = root == null ? Path.of("") : root;
  }
}
