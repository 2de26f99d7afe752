package dev.flotilla.clinic.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.platform.security.throttle.LoginThrottle;

@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

	@Bean
	AuthenticationProvider clinicAuthenticationProvider(UserRepository users, PasswordEncoder encoder,
			LoginThrottle throttle, AuditLog audit) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new ClinicUserDetailsService(users));
		passwords.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(passwords, throttle, audit);
	}

	/**
	 * A wrong password goes back to the form ({@code /login?error}); a throttled login
	 * gets a 429 with {@code Retry-After} and a short page saying when to try again.
	 */
	@Bean
	AuthenticationFailureHandler clinicLoginFailureHandler() {
		return (request, response, exception) -> {
			if (exception instanceof LoginThrottledAuthenticationException throttled) {
				writeThrottled(response, throttled.retryAfterSeconds());
				return;
			}
			response.sendRedirect("/login?error");
		};
	}

	private static void writeThrottled(HttpServletResponse response, long seconds) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType("text/html;charset=UTF-8");
		String page = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>Trop de tentatives</title><link rel=\"stylesheet\" href=\"/css/clinic.css\"></head>"
				+ "<body><main class=\"narrow\"><h1>Trop de tentatives de connexion</h1>" + "<p>Réessayez dans "
				+ seconds + " secondes.</p>"
				+ "<p><a href=\"/login\">Retour à la connexion</a></p></main></body></html>";
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

}
