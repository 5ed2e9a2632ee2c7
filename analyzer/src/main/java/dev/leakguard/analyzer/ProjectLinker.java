package dev.leakguard.analyzer;

import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.analyzer.reader.GetterFact;
import dev.leakguard.analyzer.reader.PendingUse;
import dev.leakguard.core.analysis.ClassIndex;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.UseFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the files: resolves each file's uses of other files' holders ({@code Type.FIELD.add(..)},
 * static imports, inherited fields, {@code Registry.services().put(..)}) against every class and
 * holder of the project, and returns the union of all facts.
 */
final class ProjectLinker {
  private static final int MAX_SUPERTYPE_STEPS = 64;

  private ProjectLinker() {}

  static Facts link(List<FileFacts> files) {
    List<Facts> parts = new ArrayList<>(files.size() + 1);
    List<ClassFact> classes = new ArrayList<>();
    Set<String> holderIds = new HashSet<>();
    Map<String, String> getters = new HashMap<>();
    for (FileFacts f : files) {
      parts.add(f.facts());
      classes.addAll(f.facts().classes());
      for (HolderFact h : f.facts().holders()) {
        holderIds.add(h.id());
      }
      for (GetterFact g : f.getters()) {
        getters.put(g.className() + "#" + g.methodName(), g.holderId());
      }
    }
    ClassIndex index = new ClassIndex(classes);
    Facts.Builder linked = Facts.builder();
    for (FileFacts f : files) {
      for (PendingUse p : f.pending()) {
        String holder = resolve(p, index, holderIds, getters);
        if (holder != null) {
          UseFact u = p.use();
          linked.add(new UseFact(holder, u.calls(), u.arity(), u.access(), u.assigned(), u.location(), u.enclosing(),
              u.comparedInCondition(), u.argumentFromParameter()));
        }
      }
    }
    parts.add(linked.build());
    return Facts.union(parts);
  }

  private static String resolve(PendingUse p, ClassIndex index, Set<String> holderIds, Map<String, String> getters) {
    for (String candidate : p.ownerCandidates()) {
      ClassFact owner = index.find(candidate);
      if (owner == null) {
        continue;
      }
      String found = lookIn(owner, p, index, holderIds, getters);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String lookIn(ClassFact start, PendingUse p, ClassIndex index, Set<String> holderIds, Map<String, String> getters) {
    List<ClassFact> work = new ArrayList<>(List.of(start));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < work.size() && i < MAX_SUPERTYPE_STEPS; i++) {
      ClassFact c = work.get(i);
      if (!seen.add(c.qualifiedName())) {
        continue;
      }
      if (p.kind() == PendingUse.Kind.FIELD) {
        String id = HolderFact.id(c.qualifiedName(), p.member());
        if (holderIds.contains(id)) {
          return id;
        }
      } else {
        String id = getters.get(c.qualifiedName() + "#" + p.member());
        if (id != null) {
          return id;
        }
      }
      if (!p.inherited()) {
        break;
      }
      for (String s : c.superTypes()) {
        ClassFact parent = index.find(s);
        if (parent != null) {
          work.add(parent);
        }
      }
    }
    return null;
  }
}
