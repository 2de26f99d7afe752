package dev.flotilla.factory.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.flotilla.factory.user.UserRepository;

/**
 * Ends the console session of an account deactivated (or deleted) since it signed in, at
 * its next request, as the API's state check refuses its tokens: the session is
 * invalidated and the browser sent to the sign-in form with {@code ?disabled}. Not a
 * bean, so that only the console's chain runs it.
 */
class ConsoleActiveAccounts extends OncePerRequestFilter {

	private final UserRepository users;

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	ConsoleActiveAccounts(UserRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken signedIn && signedIn.isAuthenticated()
				&& !this.users.existsActive(signedIn.getName())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			// Spring Security's strategy puts the context path in front of the fixed
			// path.
			this.redirects.sendRedirect(request, response, ConsoleSecurityConfiguration.LOGIN + "?disabled");
			return;
		}
		chain.doFilter(request, response);
	}

}
