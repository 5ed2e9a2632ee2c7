package dev.leakguard.analyzer;

import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, from a file's identifiers alone, whether it can matter, so that most files are never
 * parsed. A file matters when it mentions a container type the catalog knows (it may declare a
 * holder), or a name the files read so far care about: a class that declares holders (a file
 * mentioning it may grow one, instantiate a singleton or extend the class), or a type those
 * holders and classes depend on (key types, supertypes). The analyzer reads in rounds until no
 * new file matters; the identifiers are scanned on raw bytes, comments and strings included, so
 * the filter can only read too much, never too little.
 */
final class Prefilter {
  private final Set<String> wanted = new HashSet<>();

  Prefilter(Set<String> catalogNames) {
    wanted.addAll(catalogNames);
  }

  /** Whether the file mentions any wanted name (an unreadable file is kept: reading reports it). */
  boolean mentionsWanted(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > SourceParser.MAX_FILE_BYTES) {
        return true;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return true;
    }
    return containsIdentifier(bytes, wanted);
  }

  /** Learns the names that the facts of newly read files make relevant; true if any is new. */
  boolean learn(List<FileFacts> facts) {
    int before = wanted.size();
    for (FileFacts f : facts) {
      boolean declaresHolder = false;
      for (HolderFact h : f.facts().holders()) {
        if (isContainerLike(h)) {
          declaresHolder = true;
          addType(h.declaredType());
          if (h.initializer() instanceof Expr.New n) {
            addType(n.type());
          }
        }
      }
      // Classes this file reaches into (Registry.SERVICES, Registry.services()): their files
      // declare the holders those uses refer to.
      f.pending().forEach(p -> p.ownerCandidates().forEach(o -> wanted.add(Names.simpleName(o))));
      for (ClassFact c : f.facts().classes()) {
        boolean relevant = declaresHolder || wanted.contains(c.simpleName());
        for (String s : c.superTypes()) {
          relevant |= wanted.contains(Names.simpleName(s));
        }
        if (relevant) {
          wanted.add(c.simpleName());
          c.superTypes().forEach(s -> wanted.add(Names.simpleName(s)));
        }
      }
    }
    return wanted.size() > before;
  }

  /** A holder with an initializer or a declared type that could be a container (not int, String). */
  private static boolean isContainerLike(HolderFact h) {
    String t = h.declaredType().simpleName();
    return h.initializer() != null || !(Character.isLowerCase(t.charAt(0)) || t.equals("String"));
  }

  private void addType(TypeRef t) {
    wanted.add(t.simpleName());
    for (TypeRef a : t.arguments()) {
      addType(a);
    }
  }

  /** Scans Java identifiers in raw UTF-8 bytes; non-ASCII bytes count as identifier characters. */
  static boolean containsIdentifier(byte[] b, Set<String> names) {
    int i = 0;
    int n = b.length;
    StringBuilder id = new StringBuilder(32);
    while (i < n) {
      int c = b[i] & 0xFF;
      if (isStart(c)) {
        int start = i;
        while (i < n && isPart(b[i] & 0xFF)) {
          i++;
        }
        if (i - start <= 64) {
          id.setLength(0);
          for (int k = start; k < i; k++) {
            id.append((char) (b[k] & 0xFF));
          }
          if (names.contains(id.toString())) {
            return true;
          }
        }
      } else {
        i++;
      }
    }
    return false;
  }

  private static boolean isStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
  }

  private static boolean isPart(int c) {
    return isStart(c) || (c >= '0' && c <= '9');
  }
}
