package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code @Scope("prototype")} makes the container create a new bean per lookup, so the component
 * is not a singleton and its step list is not a holder.
 */
@Component
@Scope("prototype")
public class PrototypeScopedWizard {

  private final List<String> completedSteps = new ArrayList<>(); // expect: none

  public void complete(String step) {
    completedSteps.add(step);
  }
}
