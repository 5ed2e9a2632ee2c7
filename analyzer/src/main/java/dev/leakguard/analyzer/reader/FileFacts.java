package dev.leakguard.analyzer.reader;

import dev.leakguard.core.model.Facts;
import java.util.List;

/** What one file says: its own facts, the uses it makes of other files' holders, its getters. */
public record FileFacts(String file, Facts facts, List<PendingUse> pending, List<GetterFact> getters)
    implements java.io.Serializable {
  public FileFacts {
    pending = List.copyOf(pending);
    getters = List.copyOf(getters);
  }
}
