package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * A convenience instance: the class keeps a static default, but its constructor is public, so
 * callers make their own formatters. Nothing in the analysed code grows the default's list, so
 * its field is not a long-lived holder.
 */
public class ConvenienceInstanceNotReached {

  public static final ConvenienceInstanceNotReached DEFAULT = new ConvenienceInstanceNotReached();

  private final List<String> footnotes = new ArrayList<>(); // expect: none

  public ConvenienceInstanceNotReached() {}

  public void footnote(String text) {
    footnotes.add(text);
  }

  public String render(String body) {
    return body + String.join("\n", footnotes);
  }
}
