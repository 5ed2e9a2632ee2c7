package conformance.crossfile.startupregistration;

/** Serves requests: defines a format per request it is sent. */
public final class Server {

  public String serve(String requestedFormat) {
    Formats.define(requestedFormat, new Object());
    return String.valueOf(Codecs.find(requestedFormat));
  }
}
