package dev.leakguard.core.catalog;

/**
 * gRPC service implementations: added to their server once, they live as long as it. (Netty's
 * {@code @Sharable} is not a singleton mark: it only allows one handler in several pipelines, and
 * libraries make such handlers per connection.)
 */
final class GrpcServices implements LibraryCatalog {
  @Override
  public void contribute(Catalog.Builder c) {
    c.singletonSupertype("io.grpc.BindableService");
    // grpc-java generates FooGrpc.FooImplBase (and, in later versions, FooGrpc.AsyncService) for each service
    c.singletonSupertypePattern("(^|\\.)[A-Za-z0-9_$]+Grpc\\.([A-Za-z0-9_$]+ImplBase|AsyncService)$");
  }
}
