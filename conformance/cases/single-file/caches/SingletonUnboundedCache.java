package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;

/** The cache rule covers singleton fields too: an unbounded Caffeine cache in a Spring service. */
@Service
public class SingletonUnboundedCache {

  private final Cache<String, String> translations = Caffeine.newBuilder().build(); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  public String translate(String text, String language) {
    return translations.get(language + ":" + text, key -> "[" + language + "] " + text); // growth
  }
}
