/**
 * The French web console at {@code /ui}: a sign-in form over a session (its own filter
 * chain, with CSRF), projects and their last build, a project's build history, a build's
 * log followed live, and user management for admins. Pages are Thymeleaf templates; a
 * little JavaScript follows the build and formats relative times.
 */
package dev.flotilla.factory.console;
