package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * Later gRPC code generators also write an interface per service ({@code FooGrpc.AsyncService})
 * that an implementation may implement directly; bound to its server once, it lives as long as it.
 * The generated interface is a stand-in below. Every audited call is kept.
 */
public class GrpcAsyncServiceAuditTrail implements LedgerGrpc.AsyncService {

  private final List<String> audited = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  @Override
  public synchronized void transfer(String transferId) {
    audited.add(transferId); // growth
  }
}

final class LedgerGrpc {
  private LedgerGrpc() {}

  interface AsyncService {
    void transfer(String transferId);
  }
}
