package conformance.crossfile.projectcontainerevicts;

/** Listeners are added and removed through the container's methods: evicted. */
public final class Bus {

  private static final Listeners<Runnable> ON_EVENT = new Listeners<>(); // expect: none

  private Bus() {}

  public static void subscribe(Runnable r) {
    ON_EVENT.add(r);
  }

  public static void unsubscribe(Runnable r) {
    ON_EVENT.remove(r);
  }
}
