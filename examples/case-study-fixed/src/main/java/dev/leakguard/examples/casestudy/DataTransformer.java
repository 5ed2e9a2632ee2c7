package dev.leakguard.examples.casestudy;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Case study, fixed version. Instead of every request's full input and output, only a small
 * summary is kept, and the buffer is flushed to an {@link AuditSink} and cleared when it reaches
 * 900 entries: the size guard and the {@code clear()} are eviction evidence, so nothing is
 * reported.
 */
public class DataTransformer {

  /** What the audit trail needs to know about one transformation. */
  public record TransformationSummary(String transformId, int inputFields, int outputFields, Instant at) {}

  /** What a caller gets back. */
  public record TransformResult(String transformId, Map<String, Object> output) {}

  private static final Deque<TransformationSummary> history = new ArrayDeque<>(); // expect: none

  private final Locale locale;
  private final AuditSink sink;

  public DataTransformer(Locale locale, AuditSink sink) {
    this.locale = locale;
    this.sink = sink;
  }

  /** Normalises the keys and string values of {@code input} and audits a summary of it. */
  public TransformResult transform(String transformId, Map<String, Object> input) {
    Map<String, Object> output = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : input.entrySet()) {
      output.put(normaliseKey(field.getKey()), normaliseValue(field.getValue()));
    }
    TransformationSummary summary =
        new TransformationSummary(transformId, input.size(), output.size(), Instant.now());
    synchronized (history) {
      history.add(summary);
      if (history.size() >= 900) {
        sink.write(new ArrayList<>(history));
        history.clear();
      }
    }
    return new TransformResult(transformId, output);
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
