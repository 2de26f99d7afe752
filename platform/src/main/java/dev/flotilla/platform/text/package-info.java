/**
 * Text in the form the systems store in their search columns and compare queries with:
 * accents and case folded in Java, so that every database answers alike whatever its
 * collation, and a plain index serves the search.
 */
@NullMarked
package dev.flotilla.platform.text;

import org.jspecify.annotations.NullMarked;
