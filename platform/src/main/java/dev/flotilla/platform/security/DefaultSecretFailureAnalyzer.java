package dev.flotilla.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the production guard's refusal as a short, actionable start-up report instead of
 * a stack trace.
 */
class DefaultSecretFailureAnalyzer extends AbstractFailureAnalyzer<DefaultSecretException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DefaultSecretException cause) {
		return new FailureAnalysis(
				"The 'prod' profile is active, but these secrets still have their built-in local default value: "
						+ String.join(", ", cause.getOffenders()) + ".",
				"Set each of them to a real secret through the environment (or a secret store), "
						+ "or run without the 'prod' profile for local use.",
				cause);
	}

}
