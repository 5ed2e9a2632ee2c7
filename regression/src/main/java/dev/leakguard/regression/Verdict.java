package dev.leakguard.regression;

/** A judged field's verdict, as the label files spell it. */
enum Verdict {
  /** The collection can grow without bound in a long-running process. */
  TP("TP"),
  /** Bounded in practice by a finite domain, but nothing documents the bound: a {@code normal} finding. */
  MAYBE("MAYBE"),
  /** Not a leak: the field should not be reported. */
  FP("FP"),
  /** A real leak the judge does not report yet (a known miss). */
  TP_MISSED("TP-missed"),
  /** A finite-domain holder the judge does not report yet (a known miss). */
  MAYBE_MISSED("MAYBE-missed");

  private final String spelling;

  Verdict(String spelling) {
    this.spelling = spelling;
  }

  String spelling() {
    return spelling;
  }

  /** What the field is when it is reported: a known miss counts as its verdict once found. */
  Verdict whenReported() {
    return switch (this) {
      case TP_MISSED -> TP;
      case MAYBE_MISSED -> MAYBE;
      default -> this;
    };
  }

  boolean isKnownMiss() {
    return this == TP_MISSED || this == MAYBE_MISSED;
  }

  static Verdict parse(String s) {
    for (Verdict v : values()) {
      if (v.spelling.equals(s)) {
        return v;
      }
    }
    return null;
  }
}
