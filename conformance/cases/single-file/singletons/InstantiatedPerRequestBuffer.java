package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ResponseBuffer} has one instance in a static field but is also created per request in
 * {@code handle}, so not every instantiation is static: it is not a singleton and its list is not
 * a holder.
 */
public final class InstantiatedPerRequestBuffer {

  static final ResponseBuffer EMPTY = new ResponseBuffer();

  public static String handle(List<String> parts) {
    ResponseBuffer buffer = new ResponseBuffer();
    parts.forEach(buffer::write);
    return buffer.toString();
  }

  static final class ResponseBuffer {
    private final List<String> chunks = new ArrayList<>(); // expect: none

    void write(String chunk) {
      chunks.add(chunk);
    }

    @Override
    public String toString() {
      return String.join("", chunks);
    }
  }
}
