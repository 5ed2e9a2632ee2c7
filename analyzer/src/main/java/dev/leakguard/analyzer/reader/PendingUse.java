package dev.leakguard.analyzer.reader;

import dev.leakguard.core.model.UseFact;
import java.util.List;

/**
 * A use whose holder lives in another file: resolved by the project linker once every file's
 * classes and holders are known. {@code use.holder()} is a placeholder.
 *
 * @param kind what {@code member} names: a field, or a getter method returning a holder
 * @param ownerCandidates classes that may declare it, best first (qualified or as written)
 * @param inherited also look in the supertypes of each candidate (unqualified names in subclasses)
 */
public record PendingUse(UseFact use, Kind kind, List<String> ownerCandidates, String member, boolean inherited)
    implements java.io.Serializable {
  public PendingUse {
    ownerCandidates = List.copyOf(ownerCandidates);
  }

  public enum Kind {
    FIELD,
    GETTER
  }
}
