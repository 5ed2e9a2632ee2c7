package dev.leakguard.core.model;

import java.util.List;

/** A method's (or constructor's) parameters in order: the {@link LocalFact} id of each. */
public record ParametersFact(String className, String method, List<String> parameterIds) implements java.io.Serializable {
  public ParametersFact {
    parameterIds = List.copyOf(parameterIds);
  }
}
