package conformance.confidence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A registration method keys its maps by what the registered object names itself: one entry per
 * registered command (a finite registry whose bound the finding asks to write down), not input.
 */
public final class RegistryKeyedByRegisteredNames {

  public interface Command {
    List<String> names();

    String primaryName();
  }

  private static final Map<String, Command> COMMANDS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Set<String> PRIMARY_NAMES = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private RegistryKeyedByRegisteredNames() {}

  public static synchronized void registerCommand(Command command) {
    for (String name : command.names()) {
      COMMANDS.put(name, command); // growth
    }
    PRIMARY_NAMES.add(command.primaryName()); // growth
  }

  public static synchronized Command find(String name) {
    return COMMANDS.get(name);
  }
}
