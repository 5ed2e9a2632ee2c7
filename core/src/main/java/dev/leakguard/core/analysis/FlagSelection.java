package dev.leakguard.core.analysis;

import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.PassedValues;
import dev.leakguard.core.model.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Code in a constructor that a flag parameter selects ({@code if (constant) REGISTRY.put(..)}) runs
 * only while classes initialise when every instantiation, and every {@code this(..)} of another
 * constructor, that may pass the selecting value runs in class initialisation: the run-time
 * instantiations all pass the other literal. A constructor that delegates counts by its own
 * callers (all of them in class initialisation). Overloads are told apart by their number of
 * parameters; any doubt (a value not a literal, an unknown overload) keeps the code run time.
 */
final class FlagSelection {
  /** How many delegating constructors deep the callers are followed. */
  private static final int MAX_DEPTH = 4;

  /** Calls of each class's constructors, by class + "#" + arity. */
  private final Map<String, List<PassedValues>> calls = new HashMap<>();
  /** Parameter ids of each class's constructors. */
  private final Map<String, List<List<String>>> constructorParameters = new HashMap<>();

  FlagSelection(List<PassedValues> passed, List<ParametersFact> parameters) {
    for (PassedValues p : passed) {
      if (p.callee().method().equals(Member.CONSTRUCTOR)) {
        for (String owner : p.callee().owners()) {
          calls.computeIfAbsent(key(owner, p.callee().arity()), k -> new ArrayList<>()).add(p);
        }
      }
    }
    for (ParametersFact p : parameters) {
      if (p.method().equals(Member.CONSTRUCTOR)) {
        constructorParameters.computeIfAbsent(p.className(), k -> new ArrayList<>()).add(p.parameterIds());
      }
    }
  }

  /** Whether code in {@code member} under {@code guards} runs only while classes initialise, by the flag that selects it. */
  boolean isInitialization(Member member, List<Guard> guards) {
    if (member.kind() != MemberKind.CONSTRUCTOR) {
      return false;
    }
    for (Guard g : guards) {
      if (g.kind() == Guard.Kind.FLAG && g.ref() instanceof Ref.Local flag) {
        for (List<String> ids : constructorParameters.getOrDefault(member.className(), List.of())) {
          int index = ids.indexOf(flag.id());
          if (index >= 0 && selectedOnlyInInit(member.className(), ids.size(), index, g.whenTrue())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean selectedOnlyInInit(String className, int arity, int index, boolean selecting) {
    List<PassedValues> of = calls.getOrDefault(key(className, arity), List.of());
    if (of.isEmpty()) {
      return false;
    }
    for (PassedValues call : of) {
      String literal = call.values().get(index).literal();
      if (literal != null && Boolean.parseBoolean(literal) != selecting) {
        continue; // passes the other value: the code does not run for it
      }
      if (!runsOnlyInInit(call, className, 0, new HashSet<>())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a call runs only in class initialisation, directly or from a constructor only such code calls. */
  private boolean runsOnlyInInit(PassedValues call, String className, int depth, Set<Integer> visiting) {
    if (call.lambda() != LambdaSite.NONE) {
      return false;
    }
    if (call.caller().kind().isClassInitialization()) {
      return true;
    }
    int delegating = call.callerArity();
    if (call.caller().kind() != MemberKind.CONSTRUCTOR || !call.caller().className().equals(className)
        || delegating < 0 || depth >= MAX_DEPTH || !visiting.add(delegating)) {
      return false;
    }
    List<PassedValues> of = calls.getOrDefault(key(className, delegating), List.of());
    if (of.isEmpty()) {
      return false;
    }
    for (PassedValues c : of) {
      if (!runsOnlyInInit(c, className, depth + 1, visiting)) {
        return false;
      }
    }
    visiting.remove(delegating);
    return true;
  }

  private static String key(String className, int arity) {
    return className + "#" + arity;
  }
}
