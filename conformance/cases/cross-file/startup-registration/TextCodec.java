package conformance.crossfile.startupregistration;

/** Registers itself while its class initialises. */
public final class TextCodec {

  static {
    Codecs.add(TextCodec.class.getSimpleName(), new TextCodec());
    Formats.define("text", new TextCodec());
  }
}
