package dev.leakguard.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingletonsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      prototype                                                                   | prototype
      ' request '                                                                 | request
      Singleton                                                                   | singleton
      ConfigurableBeanFactory.SCOPE_PROTOTYPE                                     | prototype
      org.springframework.beans.factory.config.ConfigurableBeanFactory.SCOPE_SINGLETON | singleton
      WebApplicationContext.SCOPE_SESSION                                         | session
      SCOPE_REQUEST                                                               | request
      """)
  void scopeName(String written, String expected) {
    assertEquals(expected, Singletons.scopeName(written));
  }
}
