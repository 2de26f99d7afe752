package dev.flotilla.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks an HTTP Basic {@code Authorization} header against one user whose password is
 * kept only as a hash. A password hash is slow on purpose (tens of milliseconds), far too
 * slow to pay on every request, so the exact header values that passed once are
 * remembered: the next request with the same value costs a few constant-time comparisons
 * and no hash. The users and passwords never change while the process runs, which is what
 * makes the cache safe.
 * <p>
 * Both caches are bounded. Remembered valid values: a handful (one per distinct spelling
 * of the header, such as {@code basic} in lower case); remembered invalid values: up to
 * {@value #MAX_REJECTED}, so that a client repeating a wrong password does not burn a
 * hash on every request.
 */
public final class BasicCredentialsVerifier {

	static final int MAX_VERIFIED = 8;

	static final int MAX_REJECTED = 1024;

	private static final String SCHEME = "Basic";

	private final byte[] username;

	private final String passwordHash;

	private final PasswordEncoder encoder;

	/** Copy-on-write: read without a lock on every request, replaced under one. */
	private volatile String[] verified = new String[0];

	private final Set<String> rejected = ConcurrentHashMap.newKeySet();

	/**
	 * Create a verifier from a password hash.
	 * @param username the user name
	 * @param passwordHash the password as {@code encoder} encodes it (e.g.
	 * {@code {bcrypt}$2a$10$...})
	 * @param encoder the encoder that produced the hash
	 */
	public BasicCredentialsVerifier(String username, String passwordHash, PasswordEncoder encoder) {
		this.username = username.getBytes(StandardCharsets.UTF_8);
		this.passwordHash = passwordHash;
		this.encoder = encoder;
	}

	/**
	 * Create a verifier from a plain password (as read from the environment), hashing it
	 * at once so that only the hash is kept.
	 * @param username the user name
	 * @param password the plain password
	 * @param encoder the encoder to hash it with
	 * @return the verifier
	 */
	public static BasicCredentialsVerifier ofPlainPassword(String username, String password, PasswordEncoder encoder) {
		String hash = encoder.encode(password);
		if (hash == null) {
			throw new IllegalStateException("The password encoder returned no hash");
		}
		return new BasicCredentialsVerifier(username, hash, encoder);
	}

	/**
	 * Whether an {@code Authorization} header value carries this user's credentials.
	 * @param authorization the header value, or {@code null} when absent
	 * @return {@code true} if the credentials are valid
	 */
	public boolean verify(@Nullable String authorization) {
		if (authorization == null || authorization.isEmpty()) {
			return false;
		}
		if (isVerified(authorization)) {
			return true;
		}
		if (this.rejected.contains(authorization)) {
			return false;
		}
		boolean valid = check(authorization);
		if (valid) {
			remember(authorization);
		}
		else {
			if (this.rejected.size() >= MAX_REJECTED) {
				this.rejected.clear();
			}
			this.rejected.add(authorization);
		}
		return valid;
	}

	/**
	 * Compares with every remembered value, without stopping at the first difference or
	 * the first match, so the time taken does not tell how close a guess was.
	 */
	private boolean isVerified(String authorization) {
		boolean match = false;
		for (String known : this.verified) {
			match |= constantTimeEquals(known, authorization);
		}
		return match;
	}

	private synchronized void remember(String authorization) {
		String[] current = this.verified;
		for (String known : current) {
			if (known.equals(authorization)) {
				return;
			}
		}
		int keep = Math.min(current.length, MAX_VERIFIED - 1);
		String[] next = new String[keep + 1];
		System.arraycopy(current, current.length - keep, next, 0, keep);
		next[keep] = authorization;
		this.verified = next;
	}

	/**
	 * The user name an {@code Authorization} header claims, for throttling.
	 * @param authorization the header value, or {@code null}
	 * @return the user name, empty when the header is not well-formed Basic
	 */
	public static String claimedUsername(@Nullable String authorization) {
		String credentials = credentials(authorization);
		if (credentials == null) {
			return "";
		}
		int colon = credentials.indexOf(':');
		return (colon < 0) ? "" : credentials.substring(0, colon);
	}

	private static @Nullable String credentials(@Nullable String authorization) {
		if (authorization == null || authorization.length() <= SCHEME.length()
				|| !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| authorization.charAt(SCHEME.length()) != ' ') {
			return null;
		}
		String token = authorization.substring(SCHEME.length()).trim();
		try {
			return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private boolean check(String authorization) {
		String credentials = credentials(authorization);
		if (credentials == null) {
			return false;
		}
		int colon = credentials.indexOf(':');
		if (colon < 0) {
			return false;
		}
		boolean userMatches = MessageDigest.isEqual(this.username,
				credentials.substring(0, colon).getBytes(StandardCharsets.UTF_8));
		// Hash even for an unknown user, so that timing does not reveal which part was
		// wrong.
		boolean passwordMatches = this.encoder.matches(credentials.substring(colon + 1), this.passwordHash);
		return userMatches && passwordMatches;
	}

	private static boolean constantTimeEquals(String a, String b) {
		if (b.isEmpty()) {
			return a.isEmpty();
		}
		int length = a.length();
		int difference = length ^ b.length();
		for (int i = 0; i < length; i++) {
			// Reads b modulo its length so that a shorter b takes the same time.
			difference |= a.charAt(i) ^ b.charAt(i % b.length());
		}
		return difference == 0;
	}

}
