package conformance.crossfile.beanmethod;

import java.util.ArrayList;
import java.util.List;

/** Made by a prototype-scoped {@code @Bean} method: a new one per use, not a singleton. */
public class DraftPad {

  private final List<String> lines = new ArrayList<>(); // expect: none

  public void write(String line) {
    lines.add(line);
  }
}
