package dev.leakguard.core.model;

/**
 * {@code caller} calls the method {@code methodName} of class {@code targetClass} (an
 * unqualified or {@code this.}/{@code Type.} qualified call to a method of the caller's class or
 * an enclosing one; or a method reference to it). Overloads are not told apart.
 */
public record CallFact(Member caller, String targetClass, String methodName) implements java.io.Serializable {}
