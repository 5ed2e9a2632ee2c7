package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Service;

/**
 * The prototype scope written with the {@code ConfigurableBeanFactory.SCOPE_PROTOTYPE} constant is
 * still a non-singleton scope: each report builder is a fresh bean.
 */
@Service
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class PrototypeScopeConstantBuilder {

  private final List<String> rows = new ArrayList<>(); // expect: none

  public PrototypeScopeConstantBuilder row(String row) {
    rows.add(row);
    return this;
  }
}
