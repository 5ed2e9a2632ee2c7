package dev.leakguard.core.model;

/**
 * Where the lambda or method reference that code sits in is written: it decides when the code
 * runs (DESIGN.md "Run-time growth").
 */
public enum LambdaSite {
  /** Not inside a lambda or a method reference: the code runs in its member. */
  NONE,
  /**
   * Passed straight to a call ({@code list.forEach(x -> ..)}): it runs during that call, so in
   * the member it is written in.
   */
  ARGUMENT,
  /**
   * Kept for later: a field's initializer, assigned, returned or otherwise stored. It runs when
   * someone calls it, which is run time whatever member created it.
   */
  STORED
}
