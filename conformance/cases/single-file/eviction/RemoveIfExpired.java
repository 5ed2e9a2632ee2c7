package conformance.eviction;

import java.util.ArrayList;
import java.util.List;

/** {@code removeIf} is eviction evidence: expired reservations are purged on every sweep. */
public final class RemoveIfExpired {

  record Reservation(String seat, long expiresAt) {}

  private static final List<Reservation> RESERVATIONS = new ArrayList<>(); // expect: none

  private RemoveIfExpired() {}

  public static synchronized void reserve(String seat, long expiresAt) {
    RESERVATIONS.add(new Reservation(seat, expiresAt));
  }

  public static synchronized void sweep(long now) {
    RESERVATIONS.removeIf(r -> r.expiresAt() < now);
  }
}
