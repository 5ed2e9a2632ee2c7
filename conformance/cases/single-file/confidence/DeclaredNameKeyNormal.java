package conformance.confidence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keys that are names (a parameter called {@code name} or {@code ...Name}, or what an object's
 * {@code getName()} returns, an alias, what {@code getType()} returns) name things the code or its
 * configuration declares: pipelines, stages, channels. Finite per application, so normal
 * confidence, and the finding asks for the bound. A person's name is data: the map keyed by user
 * names stays high.
 */
public final class DeclaredNameKeyNormal {

  /** A named stage of a pipeline. */
  public interface Stage {
    String getName();

    String getType();
  }

  private static final Map<String, List<Stage>> PIPELINES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Stage> STAGES_BY_NAME = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, String> CANONICAL_BY_ALIAS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Integer> SEEN_STAGE_TYPES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Long> LAST_SEEN_BY_USER_NAME = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private DeclaredNameKeyNormal() {}

  public static List<Stage> pipeline(String pipelineName) {
    return PIPELINES.computeIfAbsent(pipelineName, k -> new CopyOnWriteArrayList<>()); // growth
  }

  public static void define(Stage stage) {
    STAGES_BY_NAME.put(stage.getName(), stage); // growth
  }

  public static String canonical(String alias) {
    return CANONICAL_BY_ALIAS.computeIfAbsent(alias, a -> a.trim().toLowerCase(java.util.Locale.ROOT)); // growth
  }

  public static void ran(List<Stage> stages) {
    for (Stage stage : stages) {
      String typeName = stage.getType();
      SEEN_STAGE_TYPES.merge(typeName, 1, Integer::sum); // growth
    }
  }

  public static void seen(String userName) {
    LAST_SEEN_BY_USER_NAME.put(userName, System.nanoTime()); // growth
  }
}
