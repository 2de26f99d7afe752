package dev.flotilla.students.age;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A data file that cannot be loaded at start is reported in one line, with what to do,
 * instead of a stack trace; the process then exits with a non-zero status.
 */
class StudentAgeFileFailureAnalyzer extends AbstractFailureAnalyzer<StudentAgeFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StudentAgeFileException cause) {
		return new FailureAnalysis(String.valueOf(cause.getMessage()),
				"Fix the file (a JSON object of names to ages, such as {\"alice\": \"12\", \"bob\": \"13\"}), "
						+ "or point STUDENT_AGE_FILE at another file.",
				cause);
	}

}
