package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/**
 * A private nested class whose constructor (package-private, but only this file can reach a private
 * class) adds every instance to a static list, and whose every instance is a constant of the
 * outer class: the list fills while the class initialises (not reported). The twin, a nested class
 * others can reach and that a method instantiates per call, grows at run time (reported).
 */
public final class PrivateNestedClassConstants {

  private static final Spec PLAIN = new Spec("plain", 1);
  private static final Spec BOLD = new Spec("bold", 2);

  private PrivateNestedClassConstants() {}

  public static int weight(String style) {
    for (Spec s : Spec.ALL) {
      if (s.style.equals(style)) {
        return s.weight;
      }
    }
    return PLAIN.weight + BOLD.weight;
  }

  public static Marker mark(String label) {
    return new Marker(label);
  }

  private static final class Spec {
    static final List<Spec> ALL = new ArrayList<>(); // expect: none

    final String style;
    final int weight;

    Spec(String style, int weight) {
      this.style = style;
      this.weight = weight;
      ALL.add(this);
    }
  }

  static final class Marker {
    static final List<Marker> MADE = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

    final String label;

    Marker(String label) {
      this.label = label;
      MADE.add(this); // growth
    }
  }
}
