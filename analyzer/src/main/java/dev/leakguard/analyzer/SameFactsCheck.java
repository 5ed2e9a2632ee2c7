package dev.leakguard.analyzer;

import dev.leakguard.core.catalog.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides whether the files changed since the stored result leave every input of the judgement as
 * it was: then the stored result is this run's result, with nothing judged (and, when no changed
 * file needs reading, nothing decoded).
 *
 * <p>The judgement sees, of each file, its facts when the pre-filter reads it and its identifiers
 * when it does not. So a changed file leaves the judgement as it was when its identifiers are
 * those recorded (the pre-filter then decides for it what it decided last time, which is checked
 * against the recorded choice too) and, if the pre-filter reads it, when the facts read now are
 * those recorded, byte for byte; or, without parsing it, when its code is the same byte for byte
 * and only whitespace and comments after it changed (see {@link Identifiers}). A comment added at
 * the end of a line that documents nothing, or code changed in a way no fact records, passes;
 * anything else is judged again as before. Added or removed files, other options or other upstream
 * facts never pass. A file the pre-filter does not read, then or now, may also change its identifiers
 * when none of the names that differ is one the read files declare and do not call (see {@link
 * CrossFileCalls}): a method added to or edited in a file that does not matter.
 */
final class SameFactsCheck {
  private final Catalog catalog;
  private final FactsCache cache;

  SameFactsCheck(Catalog catalog, FactsCache cache) {
    this.catalog = catalog;
    this.cache = cache;
  }

  /**
   * What the changed files among {@code files} say of the stored result (judged with
   * {@code context}): null when it cannot hold; else the files whose facts must still be read and
   * compared ({@link #readAsRecorded}), none when it holds already. {@code scan} gives a file's
   * identifiers, recording them in the cache.
   */
  List<Path> filesToCompare(List<Path> files, String context, Function<Path, Identifiers.Scan> scan) {
    if (cache.storedKeyOverSameFiles(context) == null) {
      return null;
    }
    FactsCache.Plan plan = cache.plan();
    if (plan == null) {
      return null;
    }
    Set<String> whole = new HashSet<>(plan.whole());
    Set<String> declarationsOnly = new HashSet<>(plan.declarationsOnly());
    Prefilter then = new Prefilter(catalog);
    then.restore(plan.state());
    Map<String, Path> byKey = new HashMap<>();
    files.forEach(f -> byKey.put(FactsCache.key(f), f));
    List<Path> toCompare = new ArrayList<>();
    for (String key : cache.changedFiles()) {
      Path f = byKey.get(key);
      Identifiers.Scan s = f == null ? null : scan.apply(f);
      Identifiers.Scan before = f == null ? null : cache.recordedScan(f);
      if (s == null || before == null) {
        return null;
      }
      boolean readWhole = then.mentionsWanted(s);
      boolean readDeclarations = !readWhole && then.declaresWanted(f);
      if (readWhole != whole.contains(key) || readDeclarations != declarationsOnly.contains(key)) {
        return null;
      }
      if (!s.sameIdentifiers(before)) {
        // Not read, then or now: the judgement sees only which of the names the read files declare
        // and do not call it mentions, and those are as they were (any method added or changed
        // that calls nothing declared elsewhere).
        if (readWhole || readDeclarations || plan.uncalledNames() == null
            || !CrossFileCalls.sameCallsBetween(before, s, plan.uncalledNames())) {
          return null;
        }
      } else if (s.sameCode(before)) {
        cache.adoptRecordedFacts(f); // only comments or spacing after the code changed: nothing to parse
      } else if (readWhole || readDeclarations) {
        toCompare.add(f); // read by the pre-filter's plan, as it read them last time
      }
    }
    return toCompare;
  }

  /** Whether the facts read now of these files (put in the cache) are, byte for byte, those recorded. */
  boolean readAsRecorded(List<Path> files) {
    return files.stream().allMatch(cache::outcomeAsRecorded);
  }
}
