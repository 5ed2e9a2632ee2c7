package conformance.initonly;

import jakarta.annotation.PostConstruct;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A {@code @PostConstruct} method of a singleton bean runs once after injection: it is
 * initialisation, so loading the country directory there is not run-time growth.
 */
@Component
public class SingletonPostConstruct {

  private final Map<String, String> countryByIso = new HashMap<>(); // expect: none

  @PostConstruct
  void load() {
    for (String iso : Locale.getISOCountries()) {
      countryByIso.put(iso, new Locale("", iso).getDisplayCountry(Locale.ENGLISH));
    }
  }

  public String country(String iso) {
    return countryByIso.get(iso);
  }
}
