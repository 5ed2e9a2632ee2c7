package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * A gRPC service implementation extends the base class the code generator writes
 * ({@code FooGrpc.FooImplBase}) and is added to its server once: it lives as long as the server.
 * grpc-java is not on the conformance classpath, so the generated classes are stand-ins below.
 * Every quote request is kept.
 */
public class GrpcServiceQuoteRequests extends QuotesGrpc.QuotesImplBase {

  private final List<String> requestedSymbols = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  @Override
  public synchronized void getQuote(String symbol) {
    requestedSymbols.add(symbol); // growth
  }
}

final class QuotesGrpc {
  private QuotesGrpc() {}

  abstract static class QuotesImplBase {
    public abstract void getQuote(String symbol);
  }
}
