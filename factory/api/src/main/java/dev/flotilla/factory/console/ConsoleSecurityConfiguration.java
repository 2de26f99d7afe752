package dev.flotilla.factory.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;

import dev.flotilla.factory.user.UserRepository;

/**
 * The console's own chain, ahead of the API's bearer-token chain: {@code /ui/**} only, a
 * sign-in form with CSRF and a server-side session; developers and admins see the
 * projects and builds, admins alone the users; a deactivated account's session ends at
 * its next request. The API's chain is untouched.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	static final String LOGIN = "/ui/login";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain consoleChain(HttpSecurity http, ConsoleAuthentication authentication, UserRepository users)
			throws Exception {
		http.securityMatcher("/ui", "/ui/**")
			.addFilterBefore(new ConsoleActiveAccounts(users), AuthorizationFilter.class)
			.authenticationManager(new ProviderManager(authentication))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/ui/assets/**", LOGIN)
				.permitAll()
				.requestMatchers("/ui/users", "/ui/users/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("ADMIN", "DEVELOPER"))
			.formLogin((form) -> form.loginPage(LOGIN)
				.defaultSuccessUrl("/ui/projects", false)
				.failureHandler(new ConsoleLoginFailures())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/ui/logout")
				.logoutSuccessUrl(LOGIN + "?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
						+ "frame-ancestors 'none'; form-action 'self'")))
			.exceptionHandling((handling) -> handling.accessDeniedHandler(ConsoleSecurityConfiguration::forbidden));
		return http.build();
	}

	/**
	 * A French page, not JSON, for a page or a form refused (a stale form's CSRF too).
	 */
	static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String reason = (denied instanceof CsrfException) ? "Le formulaire a expiré : rechargez la page et recommencez."
				: "Votre rôle ne permet pas d’ouvrir cette page.";
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType("text/html;charset=UTF-8");
		String page = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>Accès refusé · Usine logicielle</title>"
				+ "<link rel=\"stylesheet\" href=\"/ui/assets/console.css\"></head>"
				+ "<body><main class=\"narrow\" id=\"main\"><h1>Accès refusé</h1><p>" + reason
				+ "</p><p><a href=\"/ui/projects\">Retour aux projets</a></p></main></body></html>";
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

}
