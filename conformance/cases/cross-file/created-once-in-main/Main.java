package conformance.crossfile.createdonceinmain;

/** The program's entry point wires the service once, by hand. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    OrderBook book = new OrderBook();
    for (String id : args) {
      book.place(id, 1);
    }
  }
}
