package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * The same convenience instance, but the analysed code grows the static default itself: growth
 * reached through the static reference counts.
 */
public class ConvenienceInstanceGrownThroughDefault {

  public static final ConvenienceInstanceGrownThroughDefault DEFAULT = new ConvenienceInstanceGrownThroughDefault();

  private final List<String> footnotes = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public ConvenienceInstanceGrownThroughDefault() {}

  public void footnote(String text) {
    footnotes.add(text); // growth
  }

  public static void note(String text) {
    DEFAULT.footnote(text);
  }
}
