package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A bean's {@code @Autowired} method runs once, while the container wires the bean: what it adds
 * is wiring, not growth. A plain public method adding to another list of the same bean runs per
 * call and is reported.
 */
@Component
public class InjectionMethodIsWiring {

  /** Something the bean delegates to. */
  public interface Contributor {
    void contribute(StringBuilder out);
  }

  private final List<Contributor> contributors = new ArrayList<>(); // expect: none
  private final List<String> lines = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  @Autowired(required = false)
  public void setContributors(List<Contributor> found) {
    contributors.addAll(found);
  }

  public void log(String line) {
    lines.add(line); // growth
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    contributors.forEach(c -> c.contribute(out));
    lines.forEach(out::append);
    return out.toString();
  }
}
