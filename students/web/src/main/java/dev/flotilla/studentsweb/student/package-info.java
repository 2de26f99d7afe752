/**
 * The students page: the list the seed printed, the table, the add/change and delete
 * forms, and the client that calls the students API server-side with the page's
 * credentials.
 */
@NullMarked
package dev.flotilla.studentsweb.student;

import org.jspecify.annotations.NullMarked;
