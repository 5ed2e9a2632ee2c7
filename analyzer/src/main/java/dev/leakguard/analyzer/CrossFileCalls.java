package dev.leakguard.analyzer;

import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.Visibility;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The method names called from a file that does not declare a method of that name: a
 * package-private method whose name is not among them is called only from its own file, which
 * core then reads like a private one (initialisation only, when its callers there are; for a
 * singleton, a protected one too), and a method no file calls is one no run-time path reaches when
 * its class is closed to other packages. Files the pre-filter did not read count by their
 * identifiers: any mention of a method's name there counts as a call (what was not read cannot be
 * ruled out).
 *
 * <p>{@code uncalledHashes} are the hashes of the names the read files declare and do not call,
 * sorted: what unread files can still add. An unread file whose identifiers changed only by names
 * not among them changes nothing here (see {@link SameFactsCheck}).
 */
record CrossFileCalls(Set<String> called, long[] uncalledHashes) {

  static CrossFileCalls of(List<FileFacts> read, Collection<Identifiers.Scan> unread) {
    Set<String> called = new HashSet<>();
    Set<String> declared = new HashSet<>();
    for (FileFacts f : read) {
      Set<String> declaredHere = new HashSet<>();
      for (MethodFact m : f.facts().methods()) {
        if (m.member().kind() == MemberKind.METHOD) {
          declaredHere.add(m.member().name());
          if (m.visibility() != Visibility.PRIVATE) {
            declared.add(m.member().name());
          }
        }
      }
      for (String name : f.facts().invokedMethods()) {
        if (!declaredHere.contains(name)) {
          called.add(name);
        }
      }
    }
    // Each unread file's identifiers are looked up once against the names still in question.
    java.util.Map<Long, String> open = new java.util.HashMap<>();
    for (String name : declared) {
      if (!called.contains(name)) {
        open.put(Identifiers.hash(name), name);
      }
    }
    long[] uncalled = open.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    for (Identifiers.Scan scan : unread) {
      if (open.isEmpty()) {
        break;
      }
      if (scan == null) { // a file that could not be scanned: it may call anything
        called.addAll(open.values());
        break;
      }
      mentioned(scan.ids(), open, called);
      mentioned(scan.importIds(), open, called);
    }
    return new CrossFileCalls(called, uncalled);
  }

  /** Whether the two scans of a file differ only by names none of {@code uncalledHashes} is. */
  static boolean sameCallsBetween(Identifiers.Scan before, Identifiers.Scan now, long[] uncalledHashes) {
    return noUncalledOnlyIn(before.ids(), now, uncalledHashes) && noUncalledOnlyIn(before.importIds(), now, uncalledHashes)
        && noUncalledOnlyIn(now.ids(), before, uncalledHashes) && noUncalledOnlyIn(now.importIds(), before, uncalledHashes);
  }

  private static boolean noUncalledOnlyIn(long[] ids, Identifiers.Scan other, long[] uncalledHashes) {
    for (long id : ids) {
      if (java.util.Arrays.binarySearch(uncalledHashes, id) >= 0 && !other.namesOrImports(id)) {
        return false;
      }
    }
    return true;
  }

  private static void mentioned(long[] ids, java.util.Map<Long, String> open, Set<String> called) {
    for (long id : ids) {
      String name = open.remove(id);
      if (name != null) {
        called.add(name);
      }
    }
  }
}
