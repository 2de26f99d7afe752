/**
 * HTTP plumbing shared by every system: the explicit request body limit.
 */
@NullMarked
package dev.flotilla.platform.web;

import org.jspecify.annotations.NullMarked;
