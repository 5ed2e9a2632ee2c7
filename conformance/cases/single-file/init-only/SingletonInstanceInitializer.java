package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/** A singleton's instance initializer block is initialisation, like its constructor. */
public enum SingletonInstanceInitializer {
  INSTANCE;

  private final List<String> supportedLocales = new ArrayList<>(); // expect: none

  {
    supportedLocales.add("en");
    supportedLocales.add("de");
    supportedLocales.add("fr");
  }

  public boolean supports(String languageTag) {
    return supportedLocales.contains(languageTag);
  }
}
