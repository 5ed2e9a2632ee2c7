package dev.leakguard.core.model;

public enum ClassKind {
  CLASS,
  INTERFACE,
  ENUM,
  RECORD,
  ANNOTATION
}
