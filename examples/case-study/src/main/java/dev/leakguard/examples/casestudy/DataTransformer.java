package dev.leakguard.examples.casestudy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Case study, leaky version. Every request's input and output are kept "for auditing" in a
 * class-level map under the request's transform id, and nothing ever removes them: the heap grows
 * with traffic until the container is OOM-killed. The transform id is a parameter of the public
 * {@code transform} method, so the request decides how many entries there are (confidence high).
 */
public class DataTransformer {

  /** One audited transformation: the full input and output of a request. */
  public record TransformationRecord(
      String transformId, Map<String, Object> input, Map<String, Object> output, Instant at) {}

  /** What a caller gets back. */
  public record TransformResult(String transformId, Map<String, Object> output) {}

  private static final Map<String, TransformationRecord> transformationHistory = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private final Locale locale;

  public DataTransformer(Locale locale) {
    this.locale = locale;
  }

  /**
   * Normalises the keys and string values of {@code input} and records the transformation, so
   * that support can later see exactly what a request sent and got back.
   */
  public TransformResult transform(String transformId, Map<String, Object> input) {
    Map<String, Object> output = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : input.entrySet()) {
      output.put(normaliseKey(field.getKey()), normaliseValue(field.getValue()));
    }
    TransformationRecord record =
        new TransformationRecord(transformId, new LinkedHashMap<>(input), output, Instant.now());
    synchronized (transformationHistory) {
      // audit trail for support tickets
      transformationHistory.put(transformId, record); // growth
    }
    return new TransformResult(transformId, output);
  }

  /** Looks up what a past request sent and got back. */
  public static TransformationRecord history(String transformId) {
    synchronized (transformationHistory) {
      return transformationHistory.get(transformId);
    }
  }

  private String normaliseKey(String key) {
    return key.trim().toLowerCase(locale).replace(' ', '_');
  }

  private Object normaliseValue(Object value) {
    if (value instanceof String text) {
      return text.strip();
    }
    return value;
  }
}
