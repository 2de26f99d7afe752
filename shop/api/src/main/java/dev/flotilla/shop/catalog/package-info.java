/**
 * The catalogue: products, categories, search and paging, the list's version-based ETag,
 * and the admin's product writes.
 */
package dev.flotilla.shop.catalog;
