/**
 * The seed's {@code /api/info}: what is running, on which Java and which database, and
 * whether that database answers.
 */
package dev.flotilla.shop.info;
