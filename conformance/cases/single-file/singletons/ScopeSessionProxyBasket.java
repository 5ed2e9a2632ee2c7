package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.stereotype.Component;

/**
 * {@code @Scope(value = "session", proxyMode = ...)}: the scope name is given as the {@code value}
 * attribute next to other attributes; still one bean per session.
 */
@Component
@Scope(value = "session", proxyMode = ScopedProxyMode.TARGET_CLASS)
public class ScopeSessionProxyBasket {

  private final List<String> skus = new ArrayList<>(); // expect: none

  public void add(String sku) {
    skus.add(sku);
  }
}
