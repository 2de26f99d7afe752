/**
 * Web and security set-up: the access rules of every route (deny by default), the API
 * filter chain (JSON 401/403) and the UI's form login chain, sharing one session.
 */
package dev.flotilla.clinic.config;
