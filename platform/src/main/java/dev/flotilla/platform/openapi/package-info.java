/**
 * The OpenAPI 3 document and Swagger UI ({@code /apidocs}) of every API, with the
 * platform's error shape documented once.
 */
@NullMarked
package dev.flotilla.platform.openapi;

import org.jspecify.annotations.NullMarked;
