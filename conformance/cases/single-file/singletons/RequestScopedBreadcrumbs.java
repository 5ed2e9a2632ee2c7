package conformance.singletons;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code @RequestScope} gives one bean per HTTP request, so the breadcrumbs die with the request.
 * spring-web is not on the conformance classpath and annotations are matched by simple name, so a
 * same-named stand-in is declared below.
 */
@Component
@RequestScope
public class RequestScopedBreadcrumbs {

  private final List<String> crumbs = new ArrayList<>(); // expect: none

  public void visit(String page) {
    crumbs.add(page);
  }
}

/** Stand-in for org.springframework.web.context.annotation.RequestScope. */
@interface RequestScope {}
