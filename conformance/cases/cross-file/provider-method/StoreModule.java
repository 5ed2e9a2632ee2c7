package conformance.crossfile.providermethod;

import jakarta.inject.Singleton;

/**
 * Provider methods of a dependency-injection module (Guice's or Dagger's {@code @Provides}): the
 * injector keeps the result of one that is also {@code @Singleton}, so a class made only there
 * lives as long as the injector; without the scope, each injection gets a new one. Neither
 * library is on the conformance classpath, and provider annotations are matched by simple name,
 * so this file declares a same-named stand-in below.
 */
public class StoreModule {

  @Provides
  @Singleton
  SessionStore sessionStore() {
    return new SessionStore();
  }

  @Provides
  DraftBuffer draftBuffer() {
    return new DraftBuffer();
  }
}

@interface Provides {}
