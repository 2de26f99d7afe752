/**
 * Web and security set-up of the API: HTTP Basic on the seed's routes, the seed's exact
 * error bodies, and names with an encoded slash in the URL.
 */
@NullMarked
package dev.flotilla.students.config;

import org.jspecify.annotations.NullMarked;
