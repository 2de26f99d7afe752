package dev.flotilla.clinic.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an HTML controller: its pages get what the user feature's advice knows of the
 * user (which actions to show), and its refusals are French HTML pages
 * ({@link HtmlErrorAdvice}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UiPage {

}
