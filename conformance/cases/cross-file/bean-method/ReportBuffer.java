package conformance.crossfile.beanmethod;

import java.util.ArrayList;
import java.util.List;

/** Made by a {@code @Bean} method and also per report: instances come and go, not a singleton. */
public class ReportBuffer {

  private final List<String> rows = new ArrayList<>(); // expect: none

  public void add(String row) {
    rows.add(row);
  }

  public static ReportBuffer forReport() {
    return new ReportBuffer();
  }
}
