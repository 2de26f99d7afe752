package dev.flotilla.students.age;

/**
 * The body of a write, {@code {"age": 13}}, for the API docs only: the route reads a JSON
 * tree so that every way a body can be wrong gets a precise 400
 * ({@link StudentValidation#age}).
 *
 * @param age a whole number from 1 to 150 (a JSON number, or a string of digits)
 */
record UpdateStudentRequest(int age) {
}
