package dev.leakguard.core.catalog;

import static dev.leakguard.core.catalog.Shape.CACHE;
import static dev.leakguard.core.catalog.Shape.MAP;

/** Spring: singleton stereotypes and scopes, its unbounded caches and its reference map. */
final class SpringFramework implements LibraryCatalog {
  @Override
  public void contribute(Catalog.Builder c) {
    // static methods that grow the collection or map they are given (the second argument)
    c.helper("org.springframework.util.CollectionUtils", "mergeArrayIntoCollection", 1, "addAll", 1);
    c.helper("org.springframework.util.CollectionUtils", "mergePropertiesIntoMap", 1, "putAll", 1);
    // keep-sorted start: beans are singletons unless a scope says otherwise
    c.singletonAnnotation("org.springframework.context.annotation.Configuration");
    c.singletonAnnotation("org.springframework.stereotype.Component");
    c.singletonAnnotation("org.springframework.stereotype.Controller");
    c.singletonAnnotation("org.springframework.stereotype.Repository");
    c.singletonAnnotation("org.springframework.stereotype.Service");
    c.singletonAnnotation("org.springframework.web.bind.annotation.ControllerAdvice");
    c.singletonAnnotation("org.springframework.web.bind.annotation.RestController");
    c.singletonAnnotation("org.springframework.web.bind.annotation.RestControllerAdvice");
    // keep-sorted end
    c.scheduledAnnotation("org.springframework.scheduling.annotation.Scheduled");
    // filter beans' base classes (a servlet filter: one instance for the application's life)
    c.singletonSupertype("org.springframework.web.filter.GenericFilterBean");
    c.singletonSupertype("org.springframework.web.filter.OncePerRequestFilter");
    c.scopeAnnotation("org.springframework.context.annotation.Scope");
    c.initializationAnnotation("org.springframework.beans.factory.annotation.Autowired"); // method injection, once
    c.initializationAnnotation("org.springframework.context.annotation.Bean"); // the container calls it to make a bean
    // lifecycle and wiring callbacks, called once per bean while the context starts
    // a @Bean method's result is a bean: a singleton unless its @Scope says otherwise
    c.beanMethodAnnotation("org.springframework.context.annotation.Bean");
    c.startUpCallback("org.springframework.beans.factory.InitializingBean", "afterPropertiesSet");
    c.startUpCallback("org.springframework.beans.factory.SmartInitializingSingleton", "afterSingletonsInstantiated");
    c.startUpCallback("org.springframework.beans.factory.BeanFactoryAware", "setBeanFactory");
    c.startUpCallback("org.springframework.context.ApplicationContextAware", "setApplicationContext");
    c.startUpCallback("org.springframework.context.EnvironmentAware", "setEnvironment");
    c.startUpCallback("org.springframework.web.context.ServletContextAware", "setServletContext");
    c.startUpCallback("org.springframework.boot.CommandLineRunner", "run");
    c.startUpCallback("org.springframework.boot.ApplicationRunner", "run");
    c.startUpCallback("org.springframework.web.WebApplicationInitializer", "onStartup");
    c.nonSingletonScopeAnnotation("org.springframework.web.context.annotation.RequestScope");
    c.nonSingletonScopeAnnotation("org.springframework.web.context.annotation.SessionScope");
    c.type("org.springframework.cache.concurrent.ConcurrentMapCache", Verdict.UNBOUNDED_CACHE, CACHE,
        "a ConcurrentHashMap with no size or time limit");
    c.type("org.springframework.cache.concurrent.ConcurrentMapCacheManager", Verdict.UNBOUNDED_CACHE, CACHE,
        "creates unbounded ConcurrentMapCaches");
    c.type("org.springframework.util.ConcurrentReferenceHashMap", Verdict.WEAK, MAP,
        "soft references: entries go when memory is short");
    c.perThread("org.springframework.core.NamedThreadLocal", "withInitial"); // (name, supplier)
    c.type("org.springframework.util.ConcurrentLruCache", Verdict.BOUNDED, CACHE, "evicts past its capacity");
    c.type("org.springframework.util.LinkedMultiValueMap", Verdict.UNBOUNDED, Shape.MULTIMAP,
        "grows with every add and has no capacity");
  }
}
