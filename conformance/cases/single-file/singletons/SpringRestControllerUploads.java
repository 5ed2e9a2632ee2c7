package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @RestController} is a singleton bean. spring-web is not on the conformance classpath and
 * stereotypes are matched by simple name, so a same-named stand-in is declared below. Every upload
 * name is appended to a list that is never trimmed.
 */
@RestController
public class SpringRestControllerUploads {

  private final List<String> uploadedFileNames = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized String upload(String fileName) {
    uploadedFileNames.add(fileName); // growth
    return "accepted";
  }
}

/** Stand-in for org.springframework.web.bind.annotation.RestController. */
@interface RestController {}
