package dev.leakguard.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a reader stated about some code: one file for the single-file front ends, a whole
 * project for the analyzer (the union of its files' facts). Facts only: no judgement.
 *
 * @param invokedMethods the names of every method the code calls or takes a method reference to,
 *     whatever its target (an over-approximation of "someone calls it")
 */
public record Facts(
    List<ClassFact> classes,
    List<HolderFact> holders,
    List<UseFact> uses,
    List<MethodFact> methods,
    List<CallFact> calls,
    List<InstantiationFact> instantiations,
    List<RefUse> refUses,
    List<LocalFact> locals,
    List<ReturnFact> returns,
    List<ArgumentFact> arguments,
    List<ParametersFact> parameters,
    Set<String> invokedMethods,
    List<PassedValues> passed) implements java.io.Serializable {

  /** Facts with uses already resolved to holders (tests, and readers of earlier versions). */
  public Facts(List<ClassFact> classes, List<HolderFact> holders, List<UseFact> uses, List<MethodFact> methods,
      List<CallFact> calls, List<InstantiationFact> instantiations) {
    this(classes, holders, uses, methods, calls, instantiations, List.of(), List.of(), List.of(), List.of(), List.of(),
        Set.of(), List.of());
  }

  public Facts {
    classes = List.copyOf(classes);
    holders = List.copyOf(holders);
    uses = List.copyOf(uses);
    methods = List.copyOf(methods);
    calls = List.copyOf(calls);
    instantiations = List.copyOf(instantiations);
    refUses = List.copyOf(refUses);
    locals = List.copyOf(locals);
    returns = List.copyOf(returns);
    arguments = List.copyOf(arguments);
    parameters = List.copyOf(parameters);
    invokedMethods = Set.copyOf(invokedMethods);
    passed = List.copyOf(passed);
  }

  public static Facts union(Collection<Facts> parts) {
    Builder b = builder();
    for (Facts f : parts) {
      b.classes.addAll(f.classes);
      b.holders.addAll(f.holders);
      b.uses.addAll(f.uses);
      b.methods.addAll(f.methods);
      b.calls.addAll(f.calls);
      b.instantiations.addAll(f.instantiations);
      b.refUses.addAll(f.refUses);
      b.locals.addAll(f.locals);
      b.returns.addAll(f.returns);
      b.arguments.addAll(f.arguments);
      b.parameters.addAll(f.parameters);
      b.invokedMethods.addAll(f.invokedMethods);
      b.passed.addAll(f.passed);
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects facts as a reader walks its tree. Not thread-safe: one per file. */
  public static final class Builder {
    private final List<ClassFact> classes = new ArrayList<>();
    private final List<HolderFact> holders = new ArrayList<>();
    private final List<UseFact> uses = new ArrayList<>();
    private final List<MethodFact> methods = new ArrayList<>();
    private final List<CallFact> calls = new ArrayList<>();
    private final List<InstantiationFact> instantiations = new ArrayList<>();
    private final List<RefUse> refUses = new ArrayList<>();
    private final List<LocalFact> locals = new ArrayList<>();
    private final List<ReturnFact> returns = new ArrayList<>();
    private final List<ArgumentFact> arguments = new ArrayList<>();
    private final List<ParametersFact> parameters = new ArrayList<>();
    private final Set<String> invokedMethods = new TreeSet<>();
    private final List<PassedValues> passed = new ArrayList<>();

    public Builder add(ClassFact f) {
      classes.add(f);
      return this;
    }

    public Builder add(HolderFact f) {
      holders.add(f);
      return this;
    }

    public Builder add(UseFact f) {
      uses.add(f);
      return this;
    }

    public Builder add(MethodFact f) {
      methods.add(f);
      return this;
    }

    public Builder add(CallFact f) {
      calls.add(f);
      return this;
    }

    public Builder add(InstantiationFact f) {
      instantiations.add(f);
      return this;
    }

    public Builder add(RefUse f) {
      refUses.add(f);
      return this;
    }

    public Builder add(LocalFact f) {
      locals.add(f);
      return this;
    }

    public Builder add(ReturnFact f) {
      returns.add(f);
      return this;
    }

    public Builder add(ArgumentFact f) {
      arguments.add(f);
      return this;
    }

    public Builder add(ParametersFact f) {
      parameters.add(f);
      return this;
    }

    public Builder add(PassedValues f) {
      passed.add(f);
      return this;
    }

    /** A method name some code calls or takes a method reference to (whatever the target). */
    public Builder invokes(String methodName) {
      invokedMethods.add(methodName);
      return this;
    }

    public Facts build() {
      return new Facts(classes, holders, uses, methods, calls, instantiations, refUses, locals, returns, arguments,
          parameters, invokedMethods, passed);
    }
  }
}
