/**
 * The seed's service stamp ({@code GET /}), the probe endpoint ({@code GET /health}) and
 * what the front shows about the running environment ({@code GET /api/info}).
 */
@NullMarked
package dev.flotilla.datapress.status;

import org.jspecify.annotations.NullMarked;
