package dev.leakguard.core.analysis;

import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.HolderFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ownership chains as a path a tool can walk at run time: where the owner lives, then the fields
 * down to the owned object ({@code [pkg.Registry.INSTANCE, keyLocks]}). The first element is a
 * static field ({@code pkg.Class.field}) or, for a singleton reached otherwise (an enum, an
 * annotated bean, an object made once at start-up), the class itself ({@code pkg.Class}); each
 * later element is an instance field of the object the previous one reaches. An object made in its
 * owner's constructor is reached through the owner's one instance field of its type; when there is
 * no such single field, there is no path.
 */
public final class OwnerPaths {
  private final Singletons singletons;
  private final ClassIndex classes;
  private final Map<String, List<HolderFact>> instanceFieldsByClass = new HashMap<>();

  public OwnerPaths(Singletons singletons, ClassIndex classes, List<HolderFact> fields) {
    this.singletons = singletons;
    this.classes = classes;
    for (HolderFact f : fields) {
      if (!f.isStatic()) {
        instanceFieldsByClass.computeIfAbsent(f.declaringClass(), k -> new ArrayList<>()).add(f);
      }
    }
  }

  /** The path to the one owned instance of {@code className}, or empty when it is not owned or cannot be named. */
  public List<String> of(String className) {
    List<Singletons.Link> links = singletons.ownerChain(className);
    List<String> path = new ArrayList<>(links.size());
    for (Singletons.Link l : links) {
      String step = switch (l.kind()) {
        case STATIC_FIELD -> HolderFact.id(l.owner(), l.field());
        case SINGLETON_CLASS -> l.owner();
        case INSTANCE_FIELD -> l.field();
        case MADE_IN_CONSTRUCTOR -> fieldOfType(l.owner(), l.made());
      };
      if (step == null) {
        return List.of();
      }
      path.add(step);
    }
    return List.copyOf(path);
  }

  /** The owner's only instance field declared with the type {@code made}, or null. */
  private String fieldOfType(String owner, String made) {
    String found = null;
    for (HolderFact f : instanceFieldsByClass.getOrDefault(owner, List.of())) {
      ClassFact type = f.declaredType() == null ? null : classes.find(f.declaredType().name());
      if (type != null && type.qualifiedName().equals(made)) {
        if (found != null) {
          return null;
        }
        found = f.name();
      }
    }
    return found;
  }
}
