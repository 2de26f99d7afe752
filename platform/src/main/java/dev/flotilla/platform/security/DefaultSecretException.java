package dev.flotilla.platform.security;

import java.util.List;

/**
 * Thrown at start-up when the {@code prod} profile is active while a secret still has its
 * built-in local default. Names the properties (and their environment variables), never
 * the values.
 */
public class DefaultSecretException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> offenders;

	DefaultSecretException(List<String> offenders) {
		super("The prod profile is active but these secrets still have their built-in default: "
				+ String.join(", ", offenders));
		this.offenders = List.copyOf(offenders);
	}

	/**
	 * The offending secrets, each as {@code property (VARIABLE)}.
	 * @return the offenders
	 */
	public List<String> getOffenders() {
		return this.offenders;
	}

}
