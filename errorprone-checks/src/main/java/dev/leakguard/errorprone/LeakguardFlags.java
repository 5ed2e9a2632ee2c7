package dev.leakguard.errorprone;

import com.google.errorprone.ErrorProneFlags;
import dev.leakguard.core.Options;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionAlias;
import dev.leakguard.core.options.OptionSource;
import dev.leakguard.core.options.OptionValueException;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads leakguard's {@code -XepOpt:Leakguard:*} flags into core {@link Options}, once, when a
 * check is created. The flags, their defaults and their values come from core's option table
 * ({@link LeakguardOption#errorProneFlag()}): one namespace shared by the three checks. A value
 * the table refuses, or a {@code Leakguard:} flag that is not in it, is a configuration error
 * that the checks report as a compiler error naming the flag, never a compiler crash.
 */
public final class LeakguardFlags {
  private LeakguardFlags() {}

  /** The options, or the configuration error that names the offending flag. */
  record Reading(Options options, String error) {}

  static Reading read(ErrorProneFlags flags) {
    try {
      return new Reading(options(flags), null);
    } catch (OptionValueException e) {
      return new Reading(Options.DEFAULT, e.getMessage());
    }
  }

  /**
   * The options the flags give.
   *
   * @throws OptionValueException naming the flag, for a refused value or an unknown leakguard flag
   */
  public static Options options(ErrorProneFlags flags) {
    TreeSet<String> unknown = new TreeSet<>();
    for (String name : flags.getFlagsMap().keySet()) {
      if (name.startsWith(LeakguardOption.ERROR_PRONE_NAMESPACE) && !known(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      TreeSet<String> known = new TreeSet<>();
      for (LeakguardOption o : LeakguardOption.values()) {
        known.add(o.errorProneFlag());
        o.aliases().forEach(a -> known.add(a.errorProneFlag()));
      }
      throw new OptionValueException("-XepOpt:" + unknown.first() + " is not a leakguard flag; known: " + String.join(", ", known));
    }
    return new FlagSource(flags).read();
  }

  /** {@code -XepOpt:Leakguard:RequireGrowthEvidence=false}: the argument that sets {@code option}. */
  public static String argument(LeakguardOption option, String value) {
    return "-XepOpt:" + option.errorProneFlag() + "=" + value;
  }

  private static boolean known(String name) {
    for (LeakguardOption o : LeakguardOption.values()) {
      if (o.errorProneFlag().equals(name) || o.aliases().stream().anyMatch(a -> a.errorProneFlag().equals(name))) {
        return true;
      }
    }
    return false;
  }

  private record FlagSource(ErrorProneFlags flags) implements OptionSource {
    @Override
    public String spelling(LeakguardOption option) {
      return "-XepOpt:" + option.errorProneFlag();
    }

    @Override
    public String spelling(OptionAlias alias) {
      return "-XepOpt:" + alias.errorProneFlag();
    }

    @Override
    public Optional<String> value(LeakguardOption option) {
      return flags.get(option.errorProneFlag());
    }

    @Override
    public Optional<String> value(OptionAlias alias) {
      return flags.get(alias.errorProneFlag());
    }
  }
}
