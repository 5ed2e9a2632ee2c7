package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface named {@code Filter} that is not the servlet API's: a class implementing it without
 * {@code doFilter} is an ordinary object, made and dropped by whoever uses it.
 */
public class FilterOfAnotherKindNotSingleton implements Filter {

  private final List<String> accepted = new ArrayList<>(); // expect: none

  @Override
  public boolean accept(String line) {
    accepted.add(line);
    return true;
  }
}

interface Filter {
  boolean accept(String line);
}
