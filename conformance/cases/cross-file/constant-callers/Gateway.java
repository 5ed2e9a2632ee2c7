package conformance.crossfile.constantcallers;

/** Passes on the status a remote service answered with. */
public final class Gateway {

  public String relay(int remoteStatus, String remoteText) {
    return Codes.describe(remoteStatus, remoteText);
  }
}
