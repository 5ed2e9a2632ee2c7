package dev.leakguard.core.options;

import dev.leakguard.core.Options;
import java.util.Optional;

/**
 * A front end's options as text: how it spells each option and alias (for error messages), and
 * the value given for it, if any. {@link #read} turns them into core {@link Options}, the same
 * way in every front end.
 */
public interface OptionSource {
  /** The option as the user wrote it: {@code -XepOpt:Leakguard:BoundedTypes}, {@code --bounded-types}, ... */
  String spelling(LeakguardOption option);

  /** The alias as the user wrote it. */
  String spelling(OptionAlias alias);

  /** The text given for the option, or empty when it was not given. */
  Optional<String> value(LeakguardOption option);

  /** The text given for the alias, or empty when it was not given. */
  Optional<String> value(OptionAlias alias);

  /**
   * A source of options given as text by name: each option under its {@link LeakguardOption#key()},
   * each alias under its {@link OptionAlias#name()}; spelled in messages by the two functions.
   */
  static OptionSource of(java.util.Map<String, String> given, java.util.function.Function<LeakguardOption, String> optionSpelling,
      java.util.function.Function<OptionAlias, String> aliasSpelling) {
    return new OptionSource() {
      @Override
      public String spelling(LeakguardOption option) {
        return optionSpelling.apply(option);
      }

      @Override
      public String spelling(OptionAlias alias) {
        return aliasSpelling.apply(alias);
      }

      @Override
      public Optional<String> value(LeakguardOption option) {
        return Optional.ofNullable(given.get(option.key()));
      }

      @Override
      public Optional<String> value(OptionAlias alias) {
        return Optional.ofNullable(given.get(alias.name()));
      }
    };
  }

  /**
   * The options given, on top of the defaults.
   *
   * @throws OptionValueException naming the option in this source's spelling, when a value is
   *     refused or an option and its alias disagree
   */
  default Options read() {
    Options options = Options.DEFAULT;
    for (LeakguardOption option : LeakguardOption.values()) {
      Options fromOption = null;
      Optional<String> text = value(option);
      if (text.isPresent()) {
        fromOption = named(spelling(option), () -> option.with(Options.DEFAULT, text.get()));
        options = option.with(options, text.get());
      }
      for (OptionAlias alias : option.aliases()) {
        Optional<String> aliasText = value(alias);
        if (aliasText.isEmpty()) {
          continue;
        }
        Options fromAlias = named(spelling(alias), () -> option.withAlias(Options.DEFAULT, alias, aliasText.get()));
        if (fromOption != null && !option.text(fromOption).equals(option.text(fromAlias))) {
          throw new OptionValueException(spelling(alias) + " (" + aliasText.get().strip() + ") and "
              + spelling(option) + " (" + text.get().strip() + ") contradict each other"
              + (alias.negated() ? ", one is the opposite of the other" : "") + ": give one of them");
        }
        options = option.withAlias(options, alias, aliasText.get());
      }
    }
    return options;
  }

  private static Options named(String spelling, java.util.function.Supplier<Options> parse) {
    try {
      return parse.get();
    } catch (OptionValueException e) {
      throw new OptionValueException(spelling + " " + e.getMessage());
    }
  }
}
