/**
 * The bearer tokens (JWT, HS256) a system issues at login and checks on every request:
 * one key, one set of checks, one OpenAPI scheme ({@code platform.security.jwt.*}).
 */
@NullMarked
package dev.flotilla.platform.security.jwt;

import org.jspecify.annotations.NullMarked;
