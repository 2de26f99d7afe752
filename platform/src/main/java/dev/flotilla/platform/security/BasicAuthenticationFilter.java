package dev.flotilla.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.throttle.LoginThrottle;
import dev.flotilla.platform.security.throttle.LoginThrottledException;

/**
 * HTTP Basic for an API with one user: lets a request through when its
 * {@code Authorization} header passes a {@link BasicCredentialsVerifier}, otherwise
 * answers 401 with {@code WWW-Authenticate: Basic realm="..."} and the JSON error shape
 * (code {@code unauthorized}; a system's {@code ApiErrorBodyCustomizer} may fix the
 * body). Register it for the paths to protect.
 * <p>
 * Wrong credentials are counted by a {@link LoginThrottle} per (claimed user, client) and
 * per client; while one of them must wait, the request gets 429 with {@code Retry-After}
 * before any check, remembered credentials included (otherwise the cache of verified
 * values would let a throttled client test guesses for free).
 * <p>
 * Why not Spring Security here: a stateless API with one Basic user needs nothing but
 * this check, and Spring Security's chain (a dozen filters, a security context per
 * request, a password hash per request unless a cache is added anyway) costs more on the
 * hot path than the whole rest of such a request.
 */
public final class BasicAuthenticationFilter extends OncePerRequestFilter {

	/** The error sent for missing or wrong credentials. */
	public static final ApiError UNAUTHORIZED = new ApiError(HttpStatus.UNAUTHORIZED, "unauthorized",
			"Unauthorized access");

	private final BasicCredentialsVerifier verifier;

	private final String challenge;

	private final byte[] body;

	private final LoginThrottle throttle;

	private final ApiErrors errors;

	private final JsonMapper jsonMapper;

	/**
	 * Create the filter.
	 * @param verifier checks the credentials
	 * @param realm the realm named in the challenge; must not contain a double quote
	 * @param errors gives the 401 body (a system's customizer may replace it)
	 * @param jsonMapper serializes that body, once
	 * @param throttle counts wrong credentials and slows their senders down
	 */
	public BasicAuthenticationFilter(BasicCredentialsVerifier verifier, String realm, ApiErrors errors,
			JsonMapper jsonMapper, LoginThrottle throttle) {
		if (realm.indexOf('"') >= 0 || realm.indexOf('\r') >= 0 || realm.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("The realm must not contain quotes or line breaks");
		}
		this.verifier = verifier;
		this.challenge = "Basic realm=\"" + realm + "\"";
		this.body = jsonMapper.writeValueAsBytes(errors.body(UNAUTHORIZED));
		this.throttle = throttle;
		this.errors = errors;
		this.jsonMapper = jsonMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String username = BasicCredentialsVerifier.claimedUsername(authorization);
		String client = LoginThrottle.client(request);
		Optional<Duration> wait = this.throttle.retryAfter(username, client);
		if (wait.isPresent()) {
			writeThrottled(response, wait.get());
			return;
		}
		if (this.verifier.verify(authorization)) {
			this.throttle.recordSuccess(username, client);
			chain.doFilter(request, response);
			return;
		}
		if (authorization != null) {
			// A request without credentials is a client asking for the challenge, not a
			// guess.
			this.throttle.recordFailure(username, client);
		}
		// Written directly, serialized once: JSON is UTF-8 by definition, so the
		// Content-Type is the same as every other JSON answer's (no charset parameter).
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, this.challenge);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

	private void writeThrottled(HttpServletResponse response, Duration wait) throws IOException {
		LoginThrottledException throttled = new LoginThrottledException(wait);
		byte[] throttledBody = this.jsonMapper.writeValueAsBytes(this.errors.body(throttled.toApiError()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.getRetryAfterSeconds()));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(throttledBody.length);
		response.getOutputStream().write(throttledBody);
	}

}
