package conformance.crossfile.constantcallers;

import java.util.function.Function;

/** Serves requests: one page parses the request's text, another hands the lookup out as a function. */
public final class Pages {

  public Object render(String requestText) {
    return Snippets.parse(requestText);
  }

  public Function<String, Object> parser() {
    return Snippets::parse;
  }
}
