package conformance.crossfile.projectcontainerevicts;

import java.util.ArrayList;
import java.util.List;

/** The project's own listener list: add and remove. */
public final class Listeners<L> {

  private final List<L> all = new ArrayList<>(); // expect: none

  public synchronized void add(L listener) {
    all.add(listener);
  }

  public synchronized void remove(L listener) {
    all.remove(listener);
  }
}
