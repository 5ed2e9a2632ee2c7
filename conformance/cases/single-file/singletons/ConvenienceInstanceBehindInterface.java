package conformance.singletons;

import java.util.HashMap;
import java.util.Map;

/**
 * The static instance is kept in a field declared as an interface the class implements; growth
 * reached through that field counts (the class loader map grows per context).
 */
public final class ConvenienceInstanceBehindInterface {

  interface Compiler {
    Object compile(Object context);
  }

  private static final Compiler COMPILER;

  static {
    COMPILER = new DefaultCompiler();
  }

  private ConvenienceInstanceBehindInterface() {}

  public static Object compile(Object context) {
    return COMPILER.compile(context);
  }

  public static class DefaultCompiler implements Compiler {
    private final Map<Object, ClassLoader> loaders = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

    public DefaultCompiler() {}

    @Override
    public Object compile(Object context) {
      return loaderFor(context);
    }

    protected ClassLoader loaderFor(Object context) {
      return loaders.computeIfAbsent(context, c -> new ClassLoader() {}); // growth
    }
  }
}
