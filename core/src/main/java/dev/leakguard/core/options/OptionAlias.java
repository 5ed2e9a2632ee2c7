package dev.leakguard.core.options;

/**
 * Another name for an option, kept so that configurations written with it go on working.
 *
 * @param name the alias in lowerCamel case, spelled per front end as the option is
 * @param negated whether the alias means the opposite of its (boolean) option: {@code strict=true}
 *     is {@code requireGrowthEvidence=false}
 * @param summary what the alias means, in a lower-case phrase short enough for a usage line
 * @param description what the alias means, in one sentence
 */
public record OptionAlias(String name, boolean negated, String summary, String description) {
  /** The Maven user property, {@code leakguard.<name>}. */
  public String userProperty() {
    return LeakguardOption.USER_PROPERTY_PREFIX + name;
  }

  /** The Error Prone flag, {@code Leakguard:<Name>}. */
  public String errorProneFlag() {
    return LeakguardOption.ERROR_PRONE_NAMESPACE + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The command-line option, {@code --kebab-case}. */
  public String cliOption() {
    return LeakguardOption.kebab(name);
  }
}
