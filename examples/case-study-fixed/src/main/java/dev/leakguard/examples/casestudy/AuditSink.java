package dev.leakguard.examples.casestudy;

import java.util.List;

/** Where batches of transformation summaries go (a log topic, an audit table, ...). */
public interface AuditSink {

  void write(List<DataTransformer.TransformationSummary> batch);
}
