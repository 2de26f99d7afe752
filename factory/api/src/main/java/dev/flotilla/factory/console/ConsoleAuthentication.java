package dev.flotilla.factory.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.flotilla.factory.user.AppUser;
import dev.flotilla.factory.user.UserRepository;
import dev.flotilla.platform.security.throttle.LoginThrottle;

/**
 * The console's sign-in: the API's users and password hashes, and the platform's login
 * throttle exactly as {@code POST /login} applies it (checked before the password, a
 * failure counted, a success forgetting the pair's failures). An unknown username costs
 * one hash check like a wrong password.
 */
@Component
class ConsoleAuthentication implements AuthenticationProvider {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final String decoy;

	ConsoleAuthentication(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.users = users;
		this.encoder = encoder;
		this.throttle = throttle;
		this.decoy = encoder.encode("decoy-password-for-unknown-users");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		String client = client();
		this.throttle.retryAfter(username, client).ifPresent((wait) -> {
			throw new ThrottledException(wait);
		});
		AppUser user = this.users.findByUsername(username).orElse(null);
		boolean matches;
		if (user != null) {
			matches = this.encoder.matches(password, user.passwordHash());
		}
		else {
			this.encoder.matches(password, this.decoy);
			matches = false;
		}
		if (!matches) {
			this.throttle.recordFailure(username, client);
			throw new BadCredentialsException("Identifiants invalides");
		}
		if (!user.active()) {
			throw new DisabledException("Ce compte a été désactivé : demandez à un administrateur de le réactiver.");
		}
		this.throttle.recordSuccess(username, client);
		return UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name().toUpperCase(Locale.ROOT))));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String client() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return LoginThrottle.client(request);
		}
		return "unknown";
	}

	/** Too many failed sign-ins: the attempt was refused before its password was read. */
	static final class ThrottledException extends AuthenticationException {

		private final transient Duration wait;

		ThrottledException(Duration wait) {
			super("Trop de tentatives");
			this.wait = wait;
		}

		Duration getWait() {
			return this.wait;
		}

	}

}
