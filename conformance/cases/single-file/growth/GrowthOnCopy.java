package conformance.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * Adding to a copy does not grow the holder: {@code new ArrayList<>(DEFAULT_HEADERS)} is a fresh
 * local list that dies with the request.
 */
public final class GrowthOnCopy {

  private static final List<String> DEFAULT_HEADERS = new ArrayList<>(List.of("Accept", "User-Agent")); // expect: none

  private GrowthOnCopy() {}

  public static List<String> headersFor(String extraHeader) {
    List<String> headers = new ArrayList<>(DEFAULT_HEADERS);
    headers.add(extraHeader);
    return headers;
  }
}
