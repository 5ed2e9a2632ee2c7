package dev.leakguard.analyzer.reader;

/** A method with no parameters whose body is {@code return field;}: calls to it reach the holder. */
public record GetterFact(String className, String methodName, String holderId) implements java.io.Serializable {}
