package dev.flotilla.clinic.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import dev.flotilla.clinic.user.ActiveSessions;
import dev.flotilla.clinic.user.LoginThrottledAuthenticationException;
import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.JsonSecurityErrors;
import dev.flotilla.platform.security.throttle.LoginThrottledException;

/**
 * Three filter chains: {@code /dicomweb/**} with HTTP Basic and no session; then two over
 * one server-side session: {@code /api/**} answers 401/403 in JSON, everything else is
 * the UI behind a login form. CSRF tokens are required on every state-changing call of
 * both (the API takes them in the {@code X-CSRF-TOKEN} header, see
 * {@code GET /api/csrf}). A session whose user an admin changed since the login ends at
 * its next request ({@link RevokedSessionFilter}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Pages load their scripts, styles and images from this origin only (no inline script
	 * or style: {@code static/js}, {@code static/css}); Swagger UI's icons are
	 * {@code data:} images. Nothing may frame a page, and forms post only here.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String BASIC_CHALLENGE = "Basic realm=\"clinic\", charset=\"UTF-8\"";

	/**
	 * DICOMweb clients authenticate as such clients do, with HTTP Basic on every request
	 * (PS3.18 does not know our session): the same users, roles and login throttle as the
	 * form (one {@code AuthenticationProvider}), no session created or read, and only
	 * GETs allowed, so there is no state to protect with a CSRF token.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain dicomWebChain(HttpSecurity http, ApiErrors errors) throws Exception {
		JsonSecurityErrors json = new JsonSecurityErrors(errors, BASIC_CHALLENGE);
		AuthenticationEntryPoint entryPoint = basicEntryPoint(json, errors);
		http.securityMatcher("/dicomweb/**")
			.authorizeHttpRequests(AccessRules::dicomWeb)
			.httpBasic((basic) -> basic.realmName("clinic").authenticationEntryPoint(entryPoint))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(json));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, ApiErrors errors, ActiveSessions sessions) throws Exception {
		JsonSecurityErrors json = new JsonSecurityErrors(errors, "Session realm=\"clinic\"");
		http.securityMatcher("/api/**")
			.addFilterAfter(new RevokedSessionFilter(sessions), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(AccessRules::api)
			.headers(SecurityConfiguration::headers)
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(json)
				.accessDeniedHandler(apiAccessDenied(json, errors)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain uiChain(HttpSecurity http, AuthenticationFailureHandler loginFailures, ActiveSessions sessions)
			throws Exception {
		http.addFilterAfter(new RevokedSessionFilter(sessions), SecurityContextHolderFilter.class)
			.headers(SecurityConfiguration::headers)
			.authorizeHttpRequests(AccessRules::ui)
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/ui", false)
				.failureHandler(loginFailures)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("CLINIC_SESSION"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((handling) -> handling.accessDeniedHandler(SecurityConfiguration::forbiddenPage));
		return http.build();
	}

	/**
	 * Wrong or missing credentials: 401 with the Basic challenge; a throttled client or
	 * pair: 429 with {@code Retry-After}, before any password is checked.
	 */
	private static AuthenticationEntryPoint basicEntryPoint(JsonSecurityErrors json, ApiErrors errors) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
			if (failure instanceof LoginThrottledAuthenticationException throttled) {
				LoginThrottledException refusal = new LoginThrottledException(
						Duration.ofSeconds(throttled.retryAfterSeconds()));
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.getRetryAfterSeconds()));
				errors.write(response, refusal.toApiError());
				return;
			}
			json.commence(request, response, failure);
		};
	}

	/**
	 * Spring Security's defaults plus the policy above, and no full URL (with its query
	 * of patient names) sent to another site as a referrer.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/**
	 * An anonymous caller always gets 401 (even when a CSRF token is missing as well); a
	 * bad CSRF token is a 403 that says so; anything else denied is the platform's 403.
	 */
	private static AccessDeniedHandler apiAccessDenied(JsonSecurityErrors json, ApiErrors errors) {
		return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (caller == null || caller instanceof AnonymousAuthenticationToken) {
				json.commence(request, response, new InsufficientAuthenticationException("Anonymous"));
				return;
			}
			if (denied instanceof CsrfException) {
				writeCsrf(response, errors);
				return;
			}
			json.handle(request, response, denied);
		};
	}

	/**
	 * A page, not JSON, for a browser refused a page or a form (a stale form's CSRF too).
	 */
	private static void forbiddenPage(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException {
		String reason = (denied instanceof CsrfException) ? "Le formulaire a expiré : rechargez la page et recommencez."
				: "Votre rôle ne permet pas cette action.";
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType("text/html;charset=UTF-8");
		String page = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>Accès refusé · Clinique</title><link rel=\"stylesheet\" href=\"/css/clinic.css\"></head>"
				+ "<body><main class=\"narrow\"><h1>Accès refusé</h1><p>" + reason + "</p>"
				+ "<p><a href=\"/ui/search\">Retour à la recherche</a></p></main></body></html>";
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

	private static void writeCsrf(HttpServletResponse response, ApiErrors errors) throws IOException {
		errors.write(response, new ApiError(HttpStatus.FORBIDDEN, "csrf_token_invalid",
				"Missing or invalid CSRF token: send the X-CSRF-TOKEN header (GET /api/csrf)"));
	}

}
