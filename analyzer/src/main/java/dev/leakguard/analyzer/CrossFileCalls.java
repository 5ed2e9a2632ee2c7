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
 * core then reads like a private one (initialisation only, when its callers there are). Files the
 * pre-filter did not read count by their identifiers: any mention of a package-private method's
 * name there counts as a call (what was not read cannot be ruled out).
 */
final class CrossFileCalls {
  private CrossFileCalls() {}

  static Set<String> of(List<FileFacts> read, Collection<Identifiers.Scan> unread) {
    Set<String> called = new HashSet<>();
    Set<String> packagePrivate = new HashSet<>();
    for (FileFacts f : read) {
      Set<String> declaredHere = new HashSet<>();
      for (MethodFact m : f.facts().methods()) {
        if (m.member().kind() == MemberKind.METHOD) {
          declaredHere.add(m.member().name());
          if (m.visibility() == Visibility.PACKAGE) {
            packagePrivate.add(m.member().name());
          }
        }
      }
      for (String name : f.facts().invokedMethods()) {
        if (!declaredHere.contains(name)) {
          called.add(name);
        }
      }
    }
    if (!unread.isEmpty()) {
      for (String name : packagePrivate) {
        long h = Identifiers.hash(name);
        for (Identifiers.Scan scan : unread) {
          if (scan == null || scan.namesOrImports(h)) {
            called.add(name);
            break;
          }
        }
      }
    }
    return called;
  }
}
