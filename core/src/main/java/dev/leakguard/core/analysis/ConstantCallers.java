package dev.leakguard.core.analysis;

import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.PassedValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Static methods the analysed code calls only with constants (DESIGN.md section 4, confidence):
 * every call of the method passes, for every argument, a literal, a class literal, a name written
 * as a constant, a local initialised with one, or a parameter of a caller that is itself called only
 * so (a thin wrapper of the same class, or a private one); or runs while a class initialises. What such a method adds to a holder is
 * then one of a few values the code chooses, not input: finite in practice.
 *
 * <p>For a whole program only, and only for static methods: their calls name their class (or run
 * inside it), so every call is among the facts; an instance method may be called through any
 * reference. A method nothing calls is not "called with constants" (its callers are elsewhere).
 * Overloads are not told apart: the calls of every method of the name count.
 */
public final class ConstantCallers {
  /** How many wrappers deep a parameter passed on is followed. */
  private static final int MAX_DEPTH = 4;

  private final MethodIndex methods;
  private final Map<String, LocalFact> locals;
  private final boolean wholeProgram;
  /** The calls of each method, by class + "#" + name. */
  private final Map<String, List<PassedValues>> calls = new HashMap<>();

  public ConstantCallers(MethodIndex methods, List<LocalFact> locals, List<PassedValues> passed, boolean wholeProgram) {
    this.methods = methods;
    this.wholeProgram = wholeProgram;
    this.locals = new HashMap<>();
    for (LocalFact l : locals) {
      this.locals.putIfAbsent(l.id(), l);
    }
    for (PassedValues p : passed) {
      for (String owner : p.callee().owners()) {
        if (methods.find(owner, p.callee().method()) != null) {
          calls.computeIfAbsent(key(owner, p.callee().method()), k -> new ArrayList<>()).add(p);
          break;
        }
      }
    }
  }

  /** Whether {@code member} is a static method that every call in the analysed code passes only constants. */
  public boolean calledOnlyWithConstants(Member member) {
    return wholeProgram && onlyConstants(member, 0, new HashSet<>());
  }

  /**
   * Every call of a static method in a whole program (each with what it passes), or null when its
   * calls cannot all be known (one file, not static, or no call in the analysed code).
   */
  public List<PassedValues> allCalls(Member member) {
    MethodFact fact = methods.find(member.className(), member.name());
    List<PassedValues> of = calls.getOrDefault(key(member.className(), member.name()), List.of());
    return wholeProgram && member.kind() == MemberKind.METHOD && fact != null && fact.isStatic() && !of.isEmpty()
        ? of : null;
  }

  private boolean onlyConstants(Member member, int depth, Set<String> visiting) {
    if (member.kind() != MemberKind.METHOD || depth > MAX_DEPTH) {
      return false;
    }
    MethodFact fact = methods.find(member.className(), member.name());
    String key = key(member.className(), member.name());
    List<PassedValues> of = calls.getOrDefault(key, List.of());
    if (fact == null || !(fact.isStatic() || fact.isPrivate()) || of.isEmpty()) {
      return false;
    }
    if (!visiting.add(key)) {
      return true; // a recursive call adds no value of its own
    }
    try {
      for (PassedValues call : of) {
        if (!isConstantCall(call, member.className(), depth, visiting)) {
          return false;
        }
      }
      return true;
    } finally {
      visiting.remove(key);
    }
  }

  private boolean isConstantCall(PassedValues call, String calleeClass, int depth, Set<String> visiting) {
    if (call.lambda() == LambdaSite.NONE && call.caller().kind().isClassInitialization()) {
      return true; // runs once, while a class initialises
    }
    boolean passesParameter = false;
    for (PassedValues.Passed value : call.values()) {
      switch (value.kind()) {
        case CONSTANT -> { }
        case OTHER -> {
          return false;
        }
        case LOCAL -> {
          LocalFact local = locals.get(value.localId());
          if (local == null) {
            return false;
          }
          if (local.parameter()) {
            passesParameter = true;
          } else if (!isConstant(local.value())) {
            return false;
          }
        }
      }
    }
    // A lambda's parameter comes from whoever calls the lambda. A wrapper is followed inside the
    // class (its callers name the class, as the method's do), or when it is private.
    return !passesParameter || call.lambda() == LambdaSite.NONE && isFollowedWrapper(call.caller(), calleeClass)
        && onlyConstants(call.caller(), depth + 1, visiting);
  }

  private boolean isFollowedWrapper(Member caller, String calleeClass) {
    MethodFact fact = methods.find(caller.className(), caller.name());
    return caller.className().equals(calleeClass) || fact != null && fact.isPrivate();
  }

  private static boolean isConstant(Expr value) {
    return value instanceof Expr.Literal || value instanceof Expr.Name n && Names.isConstantName(n.text())
        || value instanceof Expr.Plus p && p.operands().stream().allMatch(ConstantCallers::isConstant)
        || value instanceof Expr.Arithmetic a && isConstant(a.left()) && isConstant(a.right());
  }

  private static String key(String className, String method) {
    return className + "#" + method;
  }
}
