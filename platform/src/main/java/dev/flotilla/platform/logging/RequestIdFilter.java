package dev.flotilla.platform.logging;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@value #HEADER} when it is a sane token (so a
 * proxy's id carries through), otherwise a new random UUID. The id is in the logs' MDC as
 * {@value #MDC_KEY} and returned in the same response header.
 */
class RequestIdFilter extends OncePerRequestFilter {

	/** The request and response header. */
	static final String HEADER = "X-Request-Id";

	/** The MDC key, also printed by the default log pattern. */
	static final String MDC_KEY = "requestId";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	/**
	 * A random version-4 UUID from {@link ThreadLocalRandom}: a request id needs
	 * uniqueness, not unpredictability, and {@code UUID.randomUUID()}'s SecureRandom
	 * showed up in profiles of the busiest routes.
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getHeader(HEADER);
		if (id == null || !SAFE_ID.matcher(id).matches()) {
			id = newId();
		}
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}
