/**
 * The students page: the lines the seed printed (open to everyone), the add, edit and
 * delete forms for a user signed in on the page, the sign-in against the API's HTTP
 * Basic, and the client that calls the students API server-side.
 */
@NullMarked
package dev.flotilla.studentsweb.student;

import org.jspecify.annotations.NullMarked;
