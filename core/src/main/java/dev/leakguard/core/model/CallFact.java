package dev.leakguard.core.model;

import java.util.List;

/**
 * {@code caller} calls the method {@code methodName} of class {@code targetClass} (an
 * unqualified or {@code this.}/{@code Type.} qualified call to a method of the caller's class or
 * an enclosing one; or a method reference to it). Overloads are not told apart.
 */
public record CallFact(Member caller, String targetClass, String methodName, List<Guard> guards)
    implements java.io.Serializable {

  public CallFact {
    guards = List.copyOf(guards);
  }

  /** A call made unconditionally. */
  public CallFact(Member caller, String targetClass, String methodName) {
    this(caller, targetClass, methodName, List.of());
  }
}
