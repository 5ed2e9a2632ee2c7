package dev.leakguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents how entries leave a static or singleton collection when leakguard cannot see the
 * eviction itself (it happens in a framework callback, another service, a scheduled job, ...).
 *
 * <p>The reason is required and must name the eviction, for example
 * {@code @Evicted("SessionListener.sessionDestroyed removes the session's entry")}. A blank reason
 * documents nothing and is itself reported.
 *
 * <p>leakguard matches this annotation by its simple name, so a project may declare its own
 * {@code Evicted} annotation instead of depending on this artifact.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Evicted {
  /** How and when entries are removed. */
  String value();
}
