package dev.leakguard.junit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@link LeakTest} methods as workloads (the body once per iteration, the iteration in an
 * {@code int} parameter), and gives {@link LeakWatch} the test's name and configuration
 * parameters; handed-over instances are forgotten after each test. Registered by
 * {@link LeakTest}; {@code @ExtendWith(LeakGuardExtension.class)} on a class lets its plain tests
 * call {@link LeakWatch#repeat} with JUnit's configuration.
 */
public final class LeakGuardExtension implements InvocationInterceptor, ParameterResolver, BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    LeakWatch.enter(new LeakWatch.Context(name(context), context.getRequiredTestClass().getClassLoader(),
        key -> context.getConfigurationParameter(key).orElse(null)));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    LeakWatch.leave();
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context)
      throws Throwable {
    Optional<LeakTest> annotation = AnnotationSupport.findAnnotation(call.getExecutable(), LeakTest.class);
    if (annotation.isEmpty()) {
      invocation.proceed();
      return;
    }
    invocation.skip();
    LeakTest t = annotation.get();
    LeakSettings settings = LeakSettings.of(t.iterations(), t.checkpoints(), t.warmup(), t.threads(), t.minRate(),
        List.of(t.watch()), key -> context.getConfigurationParameter(key).orElse(null));
    Method method = call.getExecutable();
    method.setAccessible(true);
    Object target = call.getTarget().orElse(null);
    Object[] args = call.getArguments().toArray();
    int slot = iterationSlot(method);
    Workload body = i -> {
      Object[] a = args.clone();
      if (slot >= 0) {
        a[slot] = i;
      }
      try {
        method.invoke(target, a);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof Exception ex) {
          throw ex;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    };
    LeakWatch.confirm(name(context), settings, context.getRequiredTestClass().getClassLoader(), body);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getDeclaringExecutable() instanceof Method m && AnnotationSupport.isAnnotated(m, LeakTest.class)
        && parameter.getIndex() == iterationSlot(m);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return 0;
  }

  /** The index of the first {@code int} parameter (the iteration), or -1. */
  private static int iterationSlot(Method m) {
    Parameter[] ps = m.getParameters();
    return Arrays.asList(ps).stream().filter(p -> p.getType() == int.class).findFirst()
        .map(p -> Arrays.asList(ps).indexOf(p)).orElse(-1);
  }

  private static String name(ExtensionContext context) {
    return context.getRequiredTestClass().getSimpleName() + context.getTestMethod().map(m -> "#" + m.getName()).orElse("");
  }
}
