package dev.leakguard.core.syntax;

import dev.leakguard.core.model.Member;
import java.util.HashMap;
import java.util.Map;

/** The code a member runs: its locals in scope by name, each bound to the definition that reaches here. */
final class MemberScope {
  final Member member;
  Map<String, String> locals = new HashMap<>();

  MemberScope(Member member) {
    this.member = member;
  }
}
