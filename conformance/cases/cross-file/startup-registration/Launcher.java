package conformance.crossfile.startupregistration;

/** The program's entry point: sets up the codecs it is told to, then serves. */
public final class Launcher {

  public static void main(String[] args) {
    for (String label : args) {
      Codecs.add(label, new Object());
    }
    Object platform = Platform.INSTANCE;
    new Server().serve(String.valueOf(platform));
  }
}
