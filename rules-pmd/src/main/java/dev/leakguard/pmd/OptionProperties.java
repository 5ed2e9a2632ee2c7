package dev.leakguard.pmd;

import dev.leakguard.core.Options;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionAlias;
import dev.leakguard.core.options.OptionSource;
import dev.leakguard.core.options.OptionValueException;
import dev.leakguard.core.options.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sourceforge.pmd.properties.PropertyConstraint;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.properties.PropertySource;

/**
 * Core's option table as PMD rule properties: one property per option and alias, named, described
 * and checked by the table. A boolean is a string property that accepts only {@code true} or
 * {@code false} (PMD's own boolean property takes any other word as false); names are a string
 * list checked as Java names. PMD reports a refused value as a configuration error naming the
 * property, and leaves the rule out.
 */
final class OptionProperties {
  private final Map<LeakguardOption, PropertyDescriptor<?>> options = new LinkedHashMap<>();
  private final Map<OptionAlias, PropertyDescriptor<?>> aliases = new LinkedHashMap<>();

  OptionProperties() {
    for (LeakguardOption o : LeakguardOption.values()) {
      options.put(o, descriptor(o, o.pmdProperty(), o.description(), o.defaultText()));
      for (OptionAlias a : o.aliases()) {
        aliases.put(a, descriptor(o, a.name(), a.description(), a.negated() ? negated(o.defaultText()) : o.defaultText()));
      }
    }
  }

  /** Every property, options first, in table order. */
  List<PropertyDescriptor<?>> descriptors() {
    List<PropertyDescriptor<?>> all = new java.util.ArrayList<>(options.values());
    all.addAll(aliases.values());
    return all;
  }

  /**
   * The options the rule's properties give.
   *
   * @throws OptionValueException naming the property, when a value is refused or an option and its
   *     alias contradict each other
   */
  Options read(PropertySource rule) {
    return new OptionSource() {
      @Override
      public String spelling(LeakguardOption option) {
        return "property '" + option.pmdProperty() + "'";
      }

      @Override
      public String spelling(OptionAlias alias) {
        return "property '" + alias.name() + "'";
      }

      @Override
      public Optional<String> value(LeakguardOption option) {
        return given(rule, options.get(option));
      }

      @Override
      public Optional<String> value(OptionAlias alias) {
        return given(rule, aliases.get(alias));
      }
    }.read();
  }

  private static Optional<String> given(PropertySource rule, PropertyDescriptor<?> d) {
    if (!rule.isPropertyOverridden(d)) {
      return Optional.empty();
    }
    Object v = rule.getProperty(d);
    return Optional.of(v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(v));
  }

  private static PropertyDescriptor<?> descriptor(LeakguardOption o, String name, String description, String defaultText) {
    if (o.type() == ValueType.BOOLEAN) {
      return PropertyFactory.stringProperty(name).desc(description + " (true or false)").defaultValue(defaultText)
          .require(accepted(o, v -> o.with(Options.DEFAULT, v)))
          .build();
    }
    return PropertyFactory.stringListProperty(name).desc(description).emptyDefaultValue()
        .require(accepted(o, v -> o.with(Options.DEFAULT, v)))
        .build();
  }

  /** A constraint that accepts what the option table accepts. */
  private static <T> PropertyConstraint<T> accepted(LeakguardOption o, java.util.function.Consumer<T> parse) {
    return PropertyConstraint.fromPredicate(v -> {
      try {
        parse.accept(v);
        return true;
      } catch (OptionValueException e) {
        return false;
      }
    }, "Must be " + o.type().accepted());
  }

  private static String negated(String booleanText) {
    return Boolean.toString(!Boolean.parseBoolean(booleanText));
  }
}
