package dev.flotilla.clinic.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.flotilla.clinic.user.ActiveSessions;

/**
 * Ends a session whose user an admin has changed (role, activation, password) since the
 * login: the session is invalidated and the request goes on anonymous, so the API answers
 * 401 and the UI sends the browser to the login page.
 */
final class RevokedSessionFilter extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog(RevokedSessionFilter.class);

	private final ActiveSessions sessions;

	RevokedSessionFilter(ActiveSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!this.sessions.stillValid(authentication)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			log.info("Session of user '" + authentication.getName() + "' ended: the user was changed by an admin");
		}
		chain.doFilter(request, response);
	}

}
