package dev.flotilla.students.age;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The list route's body, for the API docs only: the route sends bytes serialized once per
 * version of the data ({@link StudentAgeJson#listBody}).
 *
 * @param studentAges name to age (a string), in the file's order
 */
record StudentAgesResponse(@JsonProperty("student_ages") Map<String, String> studentAges) {
}
