package conformance.statickinds;

import java.util.ArrayList;
import java.util.List;

/**
 * A local collection dies with the method call however much it grows, so it is not a holder and
 * is never reported.
 */
public class LocalVariableList {

  public List<String> validate(List<String> fields) {
    List<String> errors = new ArrayList<>(); // expect: none
    for (String field : fields) {
      if (field == null || field.isBlank()) {
        errors.add("missing value");
      }
    }
    return errors;
  }
}
