package dev.flotilla.students.age;

/**
 * A student as a write returns it; the age is a string, as in the data file.
 *
 * @param name the name, exactly as sent
 * @param age the age, e.g. {@code "13"}
 */
record StudentResponse(String name, String age) {
}
