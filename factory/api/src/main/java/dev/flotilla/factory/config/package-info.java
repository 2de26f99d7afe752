/**
 * Web, security and database set-up of the factory: one stateless bearer-token filter
 * chain, CORS from an allow-list, strict JSON scalars, the 400 body for rejected fields,
 * the per-vendor migrations.
 */
package dev.flotilla.factory.config;
