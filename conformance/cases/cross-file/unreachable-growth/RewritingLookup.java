package conformance.crossfile.unreachablegrowth;

import java.util.HashMap;
import java.util.Map;

/**
 * A package-private implementation of a project interface, held in one static instance. Its public
 * {@code addRewrite} is declared by no supertype and called by nothing: code of other packages
 * cannot name the class, and no caller through the interface can reach it (normal). Its
 * {@code remember} is the interface's own method, open to every caller of a Lookup (high).
 */
final class RewritingLookup implements Lookup {

  static final RewritingLookup SHARED = new RewritingLookup();

  private final Map<String, String> rewrites = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=normal
  private final Map<String, String> remembered = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  private RewritingLookup() {}

  public void addRewrite(String pattern, String replacement) {
    rewrites.put(pattern, replacement); // growth
  }

  @Override
  public void remember(String query, String answer) {
    remembered.put(query, answer); // growth
  }

  @Override
  public String resolve(String name) {
    String target = rewrites.getOrDefault(name, name);
    return remembered.getOrDefault(target, target);
  }
}
