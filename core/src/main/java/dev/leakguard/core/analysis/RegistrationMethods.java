package dev.leakguard.core.analysis;

import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import java.util.regex.Pattern;

/**
 * Methods whose name says they register something ({@code register*}, {@code add*Listener},
 * {@code subscribe*}, {@code install*}): what they add is what their callers register, one entry
 * per registered object, not per request.
 */
public final class RegistrationMethods {
  private static final Pattern NAME = Pattern.compile(
      "register.*|add.*(Listener|Handler|Observer|Callback|Provider|Hook|Plugin|Extension|Subscriber|Interceptor)s?"
          + "|subscribe.*|install.*|addListener|addHandler|addObserver|addCallback|on[A-Z].*Registered");

  private RegistrationMethods() {}

  public static boolean is(Member member) {
    return member.kind() == MemberKind.METHOD && NAME.matcher(member.name()).matches();
  }
}
