package dev.leakguard.core.analysis;

import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Members that set up the process: they register a JVM shutdown hook
 * ({@code Runtime.getRuntime().addShutdownHook(..)}). Such a method runs at start-up, once per
 * process-wide resource (each call pins one more hook thread until exit), so what it adds to a
 * collection is not per request.
 */
public final class ProcessSetup {
  private final Set<Member> members = new HashSet<>();

  public ProcessSetup(List<RefUse> refUses) {
    for (RefUse u : refUses) {
      if (u.start() instanceof Ref.Returned r && r.method().equals("getRuntime") && r.arity() == 0
          && r.owners().stream().anyMatch(o -> Names.simpleName(o).equals("Runtime"))
          && !u.calls().isEmpty() && u.calls().get(0).equals("addShutdownHook")) {
        members.add(u.enclosing());
      }
    }
  }

  public boolean setsUp(Member member) {
    return members.contains(member);
  }
}
