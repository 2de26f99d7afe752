package dev.flotilla.students.age;

/**
 * The data file cannot be used: it is not a JSON object of names to ages, or it cannot be
 * read. The message says why in one line, without a stack trace's worth of detail.
 */
class StudentAgeFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	StudentAgeFileException(String message) {
		super(message);
	}

	StudentAgeFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
