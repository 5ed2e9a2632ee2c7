package dev.leakguard.core.catalog;

/**
 * JSR-330, Guice, Dagger, CDI and EJB singletons and scopes; lifecycle callbacks; servlets and
 * filters and their start-up callbacks.
 */
final class JakartaAndGuice implements LibraryCatalog {
  @Override
  public void contribute(Catalog.Builder c) {
    // keep-sorted start
    c.singletonAnnotation("com.google.inject.Singleton");
    c.singletonAnnotation("jakarta.ejb.Singleton");
    c.singletonAnnotation("jakarta.enterprise.context.ApplicationScoped");
    c.singletonAnnotation("jakarta.inject.Singleton");
    c.singletonAnnotation("javax.ejb.Singleton");
    c.singletonAnnotation("javax.enterprise.context.ApplicationScoped");
    c.singletonAnnotation("javax.inject.Singleton");
    // keep-sorted end
    c.nonSingletonScopeAnnotation("io.micronaut.context.annotation.Prototype");
    c.nonSingletonScopeAnnotation("jakarta.enterprise.context.Dependent");
    c.nonSingletonScopeAnnotation("jakarta.enterprise.context.RequestScoped");
    c.nonSingletonScopeAnnotation("jakarta.enterprise.context.SessionScoped");
    c.nonSingletonScopeAnnotation("javax.enterprise.context.Dependent");
    c.nonSingletonScopeAnnotation("javax.enterprise.context.RequestScoped");
    c.nonSingletonScopeAnnotation("javax.enterprise.context.SessionScoped");
    c.initializationAnnotation("jakarta.annotation.PostConstruct");
    c.initializationAnnotation("javax.annotation.PostConstruct");
    // method injection: the container calls it once, while it wires the instance
    c.initializationAnnotation("com.google.inject.Inject");
    c.initializationAnnotation("jakarta.inject.Inject");
    c.initializationAnnotation("javax.inject.Inject");
    for (String servletApi : new String[] {"jakarta.servlet.", "javax.servlet."}) {
      // (the abstract classes too: a subclass's supertypes name them, not the interfaces)
      for (String type : new String[] {"Servlet", "GenericServlet", "http.HttpServlet", "Filter", "GenericFilter", "http.HttpFilter"}) {
        c.startUpCallback(servletApi + type, "init");
      }
      c.startUpCallback(servletApi + "ServletContextListener", "contextInitialized");
      c.startUpCallback(servletApi + "ServletContainerInitializer", "onStartup");
    }
    c.singletonSupertype("jakarta.servlet.GenericServlet");
    c.singletonSupertype("jakarta.servlet.http.HttpServlet");
    c.singletonSupertype("javax.servlet.GenericServlet");
    c.singletonSupertype("javax.servlet.http.HttpServlet");
    // a filter too: one instance per filter declaration, for the application's life ("Filter" is
    // a common name, so the interface counts with the method only a servlet filter declares)
    for (String servletApi : new String[] {"jakarta.servlet.", "javax.servlet."}) {
      c.singletonSupertype(servletApi + "GenericFilter");
      c.singletonSupertype(servletApi + "http.HttpFilter");
      c.singletonSupertype(servletApi + "Filter", "doFilter");
      // listeners: one instance, called for every session, request or attribute change
      for (String listener : new String[] {"ServletContextListener", "ServletRequestListener",
          "ServletContextAttributeListener", "ServletRequestAttributeListener", "http.HttpSessionListener",
          "http.HttpSessionAttributeListener", "http.HttpSessionIdListener"}) {
        c.singletonSupertype(servletApi + listener);
      }
      // declared by annotation rather than in web.xml: still one instance per declaration
      for (String annotation : new String[] {"WebServlet", "WebFilter", "WebListener"}) {
        c.singletonAnnotation(servletApi + "annotation." + annotation);
      }
    }
    // JAX-RS providers (filters, interceptors, exception mappers): one instance per application
    c.singletonAnnotation("jakarta.ws.rs.ext.Provider");
    c.singletonAnnotation("javax.ws.rs.ext.Provider");
    // methods a scheduler runs every so often (EJB timers, Quarkus and Micronaut schedulers)
    // An application class: JAX-RS's Application (getSingletons()), Jersey's ResourceConfig, Dropwizard's Application (run)
    c.applicationSupertype("jakarta.ws.rs.core.Application");
    c.applicationSupertype("javax.ws.rs.core.Application");
    c.applicationSupertype("org.glassfish.jersey.server.ResourceConfig");
    c.applicationSupertype("io.dropwizard.core.Application");
    c.applicationSupertype("io.dropwizard.Application");
    c.scheduledAnnotation("jakarta.ejb.Schedule");
    c.scheduledAnnotation("javax.ejb.Schedule");
    c.scheduledAnnotation("io.quarkus.scheduler.Scheduled");
    c.scheduledAnnotation("io.micronaut.scheduling.annotation.Scheduled");
    // a provider method's result is kept (one instance) when the method is a singleton too
    c.providerMethodAnnotation("com.google.inject.Provides");
    c.providerMethodAnnotation("dagger.Provides");
  }
}
