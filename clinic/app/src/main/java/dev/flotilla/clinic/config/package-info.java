/**
 * Web and security set-up: the access rules of every route (deny by default), the
 * DICOMweb chain (HTTP Basic, no session), the API filter chain (JSON 401/403) and the
 * UI's form login chain, these two sharing one session.
 */
package dev.flotilla.clinic.config;
