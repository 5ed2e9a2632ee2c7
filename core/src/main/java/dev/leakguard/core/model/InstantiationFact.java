package dev.leakguard.core.model;

/** {@code new T(..)} (anonymous subclasses included) of a class, and where it runs. */
public record InstantiationFact(String type, Member enclosing, Location location) implements java.io.Serializable {}
