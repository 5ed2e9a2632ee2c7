package dev.leakguard.core.analysis;

import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import java.util.regex.Pattern;

/**
 * Methods whose name says they register something ({@code register*}, {@code add*Listener},
 * {@code add*Configurers}, {@code subscribe*}, {@code install*}): what they add is what their
 * callers register, one entry per registered object, not per request.
 */
public final class RegistrationMethods {
  /**
   * Roles of objects an application registers while it starts: listeners and handlers, and the
   * configuration roles of DI frameworks (configurers, initializers, customizers, converters...).
   */
  static final String ROLES = "Listener|Handler|Observer|Callback|Provider|Hook|Plugin|Extension|Subscriber"
      + "|Interceptor|Configurer|Initializer|Customizer|Contributor|Converter|Resolver|Processor|Decorator";
  private static final Pattern NAME = Pattern.compile(
      "register.*|add.*(" + ROLES + ")s?"
          + "|subscribe.*|install.*|addListener|addHandler|addObserver|addCallback|on[A-Z].*Registered");

  private RegistrationMethods() {}

  public static boolean is(Member member) {
    return member.kind() == MemberKind.METHOD && NAME.matcher(member.name()).matches();
  }
}
