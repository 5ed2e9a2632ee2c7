package dev.leakguard.core.analysis;

import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.UseFact;
import java.util.List;
import java.util.Map;

/**
 * What the conditions code runs under say about when it runs (DESIGN.md "Run-time growth"):
 * never, when a {@code static} boolean that nothing assigns is the constant that switches it off
 * ({@code if (DEBUG)} with {@code DEBUG = false}); once, when a null check of the holder itself
 * guards its filling ({@code if (M == null) { M = new HashMap<>(); M.put(..); }}, double-checked
 * locking included) or a flag that the code sets to {@code true} guards it
 * ({@code if (!initialized) { ..; initialized = true; }}).
 */
public final class Guards {
  private final Map<String, HolderFact> holders;
  private final Map<String, List<UseFact>> usesByHolder;

  public Guards(Map<String, HolderFact> holders, Map<String, List<UseFact>> usesByHolder) {
    this.holders = holders;
    this.usesByHolder = usesByHolder;
  }

  /** Whether a constant switches the code off, or it is part of an {@code assert}: it never runs in production. */
  public boolean isDead(List<Guard> guards) {
    for (Guard g : guards) {
      if (g.kind() == Guard.Kind.ASSERTION) {
        return true;
      }
      if (g.kind() == Guard.Kind.FLAG) {
        Boolean constant = constantValue(idOf(g));
        if (constant != null && constant != g.whenTrue()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a null check of {@code holderId} itself guards the code: it fills the holder when it is created. */
  public boolean isLazyFillOf(String holderId, List<Guard> guards) {
    for (Guard g : guards) {
      if (g.kind() == Guard.Kind.IS_NULL && g.whenTrue() && holderId.equals(idOf(g))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a flag the code sets to true guards it while false: it runs once. The flag must live as
   * long as the holder: a static field, or a field of the singleton whose field is judged
   * ({@code singletonClass}, null for a static holder); a per-object flag runs once per object.
   */
  public boolean isOneTime(List<Guard> guards, String singletonClass) {
    for (Guard g : guards) {
      if (g.kind() == Guard.Kind.FLAG && !g.whenTrue() && livesAsLong(idOf(g), singletonClass) && isSetToTrue(idOf(g))) {
        return true;
      }
    }
    return false;
  }

  private boolean livesAsLong(String flagId, String singletonClass) {
    HolderFact flag = flagId == null ? null : holders.get(flagId);
    return flag != null && (flag.isStatic() || flag.declaringClass().equals(singletonClass));
  }

  /**
   * The switch a diagnostic growth runs under: a static final boolean, set once when the class
   * initialises (from a system property, say) and never assigned, that must be on. Null when none.
   */
  public String switchedOnBy(List<Guard> guards) {
    for (Guard g : guards) {
      String id = idOf(g);
      HolderFact h = id == null ? null : holders.get(id);
      if (g.kind() == Guard.Kind.FLAG && g.whenTrue() && h != null && h.isStatic()
          && constantValue(id) == null && !isAssignedAfterInitialisation(id) && isBooleanTyped(h)) {
        return h.name();
      }
    }
    return null;
  }

  private static boolean isBooleanTyped(HolderFact h) {
    return h.declaredType() != null && (h.declaredType().simpleName().equals("boolean")
        || h.declaredType().simpleName().equals("Boolean"));
  }

  /** Whether anything but the class's own initialisation assigns the field. */
  private boolean isAssignedAfterInitialisation(String id) {
    for (UseFact u : usesByHolder.getOrDefault(id, List.of())) {
      if (u.isAssignment() && !u.enclosing().kind().isClassInitialization()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a static holder is created only in some configurations: class initialisation assigns
   * it a fresh collection on one path and {@code null} on another ({@code if (debug) M = new ..;
   * else M = null;}), so it exists only when a switch is on.
   */
  public boolean isCreatedOnlyWhenSwitchedOn(HolderFact holder) {
    if (!holder.isStatic()) {
      return false;
    }
    boolean created = false;
    boolean nulled = holder.initializer() instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NULL;
    for (UseFact u : usesByHolder.getOrDefault(holder.id(), List.of())) {
      if (!u.isAssignment() || u.assigned() == null) {
        continue;
      }
      if (!u.enclosing().kind().isClassInitialization()) {
        return false;
      }
      boolean isNull = u.assigned() instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NULL;
      nulled |= isNull;
      created |= !isNull;
    }
    return created && nulled;
  }

  private static String idOf(Guard g) {
    return g.ref() instanceof Ref.Field f && f.owners().size() == 1 ? HolderFact.id(f.owners().get(0), f.name()) : null;
  }

  /** The value of a static boolean field initialised with a literal that nothing assigns. */
  private Boolean constantValue(String id) {
    HolderFact h = id == null ? null : holders.get(id);
    if (h == null || !h.isStatic() || !(h.initializer() instanceof Expr.Literal l) || l.kind() != Expr.LiteralKind.BOOLEAN) {
      return null;
    }
    for (UseFact u : usesByHolder.getOrDefault(id, List.of())) {
      if (u.isAssignment()) {
        return null;
      }
    }
    return Boolean.valueOf(l.value());
  }

  private boolean isSetToTrue(String id) {
    if (id == null || !holders.containsKey(id)) {
      return false;
    }
    for (UseFact u : usesByHolder.getOrDefault(id, List.of())) {
      if (u.isAssignment() && u.assigned() instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.BOOLEAN
          && "true".equals(l.value())) {
        return true;
      }
    }
    return false;
  }
}
