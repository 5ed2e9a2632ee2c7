package conformance.crossfile.beanmethod;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * Beans made by {@code @Bean} methods: the container calls each once and keeps the result, so a
 * class made only there is a singleton (its fields live as long as the context), unless the
 * method's {@code @Scope} asks for a new one per use. An object a bean method only builds its bean
 * with ({@code RouteTable}) is not the bean.
 */
@Configuration
public class LedgerConfig {

  @Bean
  public TokenLedger tokenLedger() {
    return new TokenLedger();
  }

  @Bean
  @Scope("prototype")
  public DraftPad draftPad() {
    return new DraftPad();
  }

  @Bean
  public ReportBuffer reportBuffer() {
    return new ReportBuffer();
  }

  @Bean
  public List<String> routes() {
    RouteTable table = new RouteTable();
    table.add("/home");
    return table.paths();
  }
}
