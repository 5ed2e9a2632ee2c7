package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** {@code @Scope("request")} on a component: a new bean per request, not a singleton. */
@Component
@Scope("request")
public class ScopeRequestStringFilters {

  private final List<String> appliedFilters = new ArrayList<>(); // expect: none

  public void apply(String filter) {
    appliedFilters.add(filter);
  }
}
