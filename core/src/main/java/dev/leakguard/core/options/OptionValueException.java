package dev.leakguard.core.options;

/**
 * A value an option does not accept. The message is a phrase without the option's name ("must be
 * true or false, not 'maybe'"): each front end puts its own spelling of the name in front
 * ({@link LeakguardOption#errorProneFlag()}, {@link LeakguardOption#mavenParameter()}, ...).
 */
public final class OptionValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public OptionValueException(String problem) {
    super(problem);
  }
}
