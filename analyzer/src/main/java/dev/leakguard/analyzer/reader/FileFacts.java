package dev.leakguard.analyzer.reader;

import dev.leakguard.core.model.Facts;

/** What one file says, as its reader stated it; core resolves references across files. */
public record FileFacts(String file, Facts facts) implements java.io.Serializable {}
