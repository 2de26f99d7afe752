/**
 * Bean Validation constraints shared by every system, such as the byte limit of a
 * password.
 */
@NullMarked
package dev.flotilla.platform.validation;

import org.jspecify.annotations.NullMarked;
