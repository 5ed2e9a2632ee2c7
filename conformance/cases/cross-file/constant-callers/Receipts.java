package conformance.crossfile.constantcallers;

/** Uses the layouts it names. */
public final class Receipts {

  private static final Object HEADER = Layouts.compile("'Receipt' yyyy");

  public String print(long total) {
    Object day = Layouts.dated("dd.MM");
    Object stamp = Layouts.compile(Layouts.ISO + " HH:mm");
    return HEADER + " " + day + " " + stamp + " " + Layouts.iso() + " " + total;
  }
}
