package dev.flotilla.clinic.user;

import java.time.Duration;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.platform.security.throttle.LoginThrottle;

/**
 * The form login's password check behind the platform's {@link LoginThrottle}: failures
 * are counted per (username, client address) pair and per address, logged, and while the
 * pair or the address must wait, its logins are refused without checking the password.
 * Another address, or another user from the same address, is not blocked.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Log log = LogFactory.getLog(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName()).toLowerCase(Locale.ROOT);
		String address = clientAddress(authentication);
		String ipKey = "ip:" + address;
		Duration wait = this.throttle.retryAfter(username, address).orElse(null);
		if (wait != null) {
			log.warn("Login throttled for user '" + printable(username) + "' from " + printable(ipKey));
			this.audit.recordAs(username, AuditAction.LOGIN_THROTTLED, null, null, null, address);
			throw new LoginThrottledAuthenticationException(wait);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username, address);
			log.info("Login succeeded for user '" + printable(username) + "'");
			this.audit.recordAs(username, AuditAction.LOGIN_SUCCESS, null, null, null, address);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordFailure(username, address);
			log.warn("Login failed for user '" + printable(username) + "' from " + printable(ipKey) + ": "
					+ ex.getClass().getSimpleName());
			this.audit.recordAs(username, AuditAction.LOGIN_FAILURE, null, null, ex.getClass().getSimpleName(),
					address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? String.valueOf(details.getRemoteAddress()) : "unknown";
	}

	/** Client text in a log line: no line breaks or other control characters. */
	static String printable(String text) {
		StringBuilder out = new StringBuilder(Math.min(text.length(), 64));
		text.codePoints().limit(64).forEach((c) -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return out.toString();
	}

}
