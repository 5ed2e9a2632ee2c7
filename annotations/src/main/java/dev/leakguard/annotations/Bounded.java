package dev.leakguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents why a static or singleton collection cannot grow without bound, so that leakguard
 * accepts it.
 *
 * <p>The reason is required and must say what bounds the collection, for example
 * {@code @Bounded("one entry per Currency: ~180 ISO codes")}. A blank reason documents nothing and
 * is itself reported.
 *
 * <p>leakguard matches this annotation by its simple name, so a project may declare its own
 * {@code Bounded} annotation instead of depending on this artifact.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Bounded {
  /** What bounds the collection (a finite domain, a capacity enforced elsewhere, ...). */
  String value();
}
