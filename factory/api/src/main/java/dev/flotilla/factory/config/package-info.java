/**
 * Web, security, database and API-documentation set-up of the factory: one stateless
 * bearer-token filter chain, CORS from an allow-list, the per-vendor migrations.
 */
package dev.flotilla.factory.config;
