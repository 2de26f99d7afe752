/**
 * Web, security and schema set-up: the API's JWT filter chain, the role rules for every
 * route, and the per-database Flyway placeholders.
 */
package dev.flotilla.shop.config;
