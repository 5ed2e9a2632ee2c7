package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * The singleton creates a fresh collector for every request: the collector's list lives only as
 * long as the request, so it is not owned by the singleton.
 */
public final class HelperCreatedPerRequest {

  static final HelperCreatedPerRequest INSTANCE = new HelperCreatedPerRequest();

  private HelperCreatedPerRequest() {}

  public List<String> validate(List<String> fields) {
    ErrorCollector errors = new ErrorCollector();
    for (String f : fields) {
      if (f.isBlank()) {
        errors.add("blank field");
      }
    }
    return errors.messages();
  }

  static final class ErrorCollector {
    private final List<String> messages = new ArrayList<>(); // expect: none

    void add(String message) {
      messages.add(message);
    }

    List<String> messages() {
      return List.copyOf(messages);
    }
  }
}
