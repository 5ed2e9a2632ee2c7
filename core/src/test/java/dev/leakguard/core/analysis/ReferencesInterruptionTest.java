package dev.leakguard.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * Resolving a whole program's reference uses stops when its thread is interrupted (the judgement
 * it belongs to is being thrown away), and resolves them all otherwise.
 */
class ReferencesInterruptionTest {
  /** Many uses of locals that reach no holder: the common case, and enough to pass a check point. */
  private static Facts manyUses() {
    Facts.Builder b = Facts.builder();
    Member in = new Member("pkg.Service", "handle", MemberKind.METHOD);
    for (int i = 0; i < 5000; i++) {
      b.add(new RefUse(new Ref.Local("local" + i), List.of("add"), 1, false, null, new Location("pkg/Service.java", i + 1, 5),
          in, false, List.of(), LambdaSite.NONE, List.of(), List.of()));
    }
    return b.build();
  }

  @Test
  void interruptedThread_stopsWithCancellation() {
    Facts facts = manyUses();
    References refs = References.of(facts, new ClassIndex(facts.classes()));
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> refs.uses(facts));
    } finally {
      Thread.interrupted(); // clears it for the next test
    }
  }

  @Test
  void thread_notInterrupted_resolvesThemAll() {
    Facts facts = manyUses();
    References refs = References.of(facts, new ClassIndex(facts.classes()));

    assertEquals(List.of(), refs.uses(facts), "no use reaches a holder: none declared");
  }
}
