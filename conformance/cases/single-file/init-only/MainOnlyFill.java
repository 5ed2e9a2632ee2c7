package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/** A command-line tool: growth reached only from public static void main runs once, at start-up. */
public final class MainOnlyFill {

  private static final List<String> INPUTS = new ArrayList<>(); // expect: none

  private MainOnlyFill() {}

  public static void main(String[] args) {
    for (String a : args) {
      remember(a);
    }
    System.out.println(INPUTS.size());
  }

  private static void remember(String arg) {
    INPUTS.add(arg);
  }
}
