/**
 * The students and their ages: the seed's read routes, the write routes, and the JSON
 * file that holds them, written atomically and re-read when it is edited by hand.
 */
@NullMarked
package dev.flotilla.students.age;

import org.jspecify.annotations.NullMarked;
