package conformance.crossfile.beanmethod;

import java.util.ArrayList;
import java.util.List;

/** Made inside a {@code @Bean} method to build the bean, not returned: not a singleton. */
public class RouteTable {

  private final List<String> paths = new ArrayList<>(); // expect: none

  public void add(String path) {
    paths.add(path);
  }

  public List<String> paths() {
    return List.copyOf(paths);
  }
}
