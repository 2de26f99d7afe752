package dev.flotilla.students.age;

import jakarta.validation.Valid;

/**
 * A write as its rules see it: the name from the path and the body, validated together so
 * that one 400 names every rejected field.
 *
 * @param name the name, exactly as sent
 * @param body the body
 */
record StudentWrite(@StudentName String name, @Valid UpdateStudentRequest body) {
}
