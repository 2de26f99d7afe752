package dev.flotilla.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The response headers Spring Security sends by default that matter for an API, for the
 * systems without Spring Security: {@code X-Content-Type-Options: nosniff} (a browser
 * never runs a JSON body as a script or a page) and {@code X-Frame-Options: DENY} (no
 * page or document is framed by another site). Set before the chain, so a handler may
 * still replace them.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// An error page replaces the response: it needs the headers too.
		return false;
	}

}
