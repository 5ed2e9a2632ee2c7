package dev.leakguard.errorprone;

import com.sun.tools.javac.util.Context;

/**
 * Whether a compilation has reported its configuration error yet: a bad flag is one error per
 * compilation, not one per file and check. Kept in javac's {@link Context}, so it lives exactly as
 * long as the compilation.
 */
final class FlagErrors {
  private static final Context.Key<FlagErrors> KEY = new Context.Key<>();

  private boolean reported;

  private FlagErrors() {}

  /** True the first time it is asked in a compilation, false after. */
  static synchronized boolean firstReport(Context context) {
    FlagErrors errors = context.get(KEY);
    if (errors == null) {
      errors = new FlagErrors();
      context.put(KEY, errors);
    }
    boolean first = !errors.reported;
    errors.reported = true;
    return first;
  }
}
