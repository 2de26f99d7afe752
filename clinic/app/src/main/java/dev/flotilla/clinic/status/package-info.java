/**
 * The seed's health route: {@code GET /} answers {@code {"status": "OK"}} once the
 * database has answered a query.
 */
package dev.flotilla.clinic.status;
