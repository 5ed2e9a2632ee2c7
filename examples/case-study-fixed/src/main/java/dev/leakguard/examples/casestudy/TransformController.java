package dev.leakguard.examples.casestudy;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The request handler of the case study, unchanged apart from handing the transformer its audit
 * sink. It holds no collection itself.
 */
public class TransformController {

  private final DataTransformer transformer;

  public TransformController(AuditSink auditSink) {
    this.transformer = new DataTransformer(Locale.ROOT, auditSink);
  }

  public Map<String, Object> handle(String requestId, Map<String, Object> body) {
    String cacheKey = requestId + ":" + body.hashCode();
    Optional<ResultCache.Result> cached = ResultCache.getInstance().find(cacheKey);
    if (cached.isPresent()) {
      return cached.get().output();
    }
    DataTransformer.TransformResult result = transformer.transform(requestId, body);
    ResultCache.getInstance().store(cacheKey, new ResultCache.Result(result.output(), Instant.now()));
    return result.output();
  }
}
