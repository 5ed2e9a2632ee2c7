package conformance.confidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A method the scheduler runs every so often, for the application's life: a list it appends to
 * gains an element every run, whatever the element is (high); a map it puts a fixed key into keeps
 * one entry (normal: a constant).
 */
@Component
public class ScheduledAppendHigh {

  private final List<Long> heapSamples = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high
  private final Map<String, Long> latest = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=normal

  @Scheduled(fixedRate = 60_000)
  public synchronized void sampleHeap() {
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    heapSamples.add(used); // growth
    latest.put("heap", used); // growth
  }
}
