package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * Spring's {@code @ControllerAdvice} (and {@code @RestControllerAdvice}) is a component: one bean
 * for the context's life. spring-web is not on the conformance classpath, and stereotypes are
 * matched by simple name, so this file declares a same-named stand-in below. Every handled error's
 * message is kept.
 */
@ControllerAdvice
public class SpringControllerAdviceErrors {

  private final List<String> messages = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized String handle(RuntimeException error) {
    messages.add(error.getMessage()); // growth
    return "error";
  }
}

@interface ControllerAdvice {}
