/**
 * Carts and orders: a server-side cart per user, and orders that take stock atomically
 * and keep each line's price at order time.
 */
package dev.flotilla.shop.order;
