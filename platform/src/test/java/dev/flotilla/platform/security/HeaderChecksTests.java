package dev.flotilla.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HeaderChecks} and {@link Token68BearerTokenResolver} answer exactly as Spring
 * Security's defaults, on chosen edge cases and on random strings.
 */
class HeaderChecksTests {

	private static final String TOKEN_CHARS = "abcXYZ019-._~+/=";

	private final Random random = new Random(42);

	@Test
	void bearerTokenResolverAgreesWithSpringSecuritysDefault() {
		List<String> headers = new ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER a.b.c", "Bearer abc==",
				"Bearer abc=d", "Bearer =", "Bearer ", "Bearer", "Bearerabc", "Bearer  abc", "Bearer ab c",
				"Bearer ab$c", "Bearer abc\n", "Bearer\tabc", "Basic YWxhZGRpbjpvcGVuc2VzYW1l", "bear abc", "Bearer é",
				"Bearer a~b+c/d_e-f.g", "Bearer ===", "Bearer a==="));
		for (int i = 0; i < 2000; i++) {
			headers.add(((i % 3 == 0) ? "bEaReR " : "Bearer ") + randomString(TOKEN_CHARS + " $é\n", 1 + i % 40));
		}
		BearerTokenResolver reference = new DefaultBearerTokenResolver();
		BearerTokenResolver ours = new Token68BearerTokenResolver();
		for (String header : headers) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects");
			request.addHeader("Authorization", header);
			assertThat(outcome(ours::resolve, request)).as(header).isEqualTo(outcome(reference::resolve, request));
		}
		MockHttpServletRequest none = new MockHttpServletRequest("GET", "/projects");
		none.addParameter("access_token", "abc");
		assertThat(ours.resolve(none)).isNull();
		assertThat(reference.resolve(none)).isNull();
	}

	@Test
	void firewallHeaderRulesAgreeWithSpringSecuritysDefault() {
		List<String> values = new ArrayList<>(List.of("plain", "", "tab\there", "nul\u0000", "del\u007f", "c1\u0085",
				"nbsp\u00a0", "unassigned\u0378", "emoji\uD83D\uDE00", "lone\uD83D", "é à ü", "private\uE000",
				"line\nbreak"));
		for (int i = 0; i < 2000; i++) {
			StringBuilder value = new StringBuilder();
			for (int j = 0; j < 1 + i % 12; j++) {
				value.append((char) this.random.nextInt((i % 2 == 0) ? 0x250 : 0x10000));
				if (i % 5 == 0) {
					value.append('\t');
				}
			}
			values.add(value.toString());
		}
		HttpFirewall reference = new StrictHttpFirewall();
		HttpFirewall ours = HeaderChecksAutoConfiguration.httpFirewall();
		for (String value : values) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects");
			request.addHeader("X-Value", value);
			assertThat(outcome((r) -> ours.getFirewalledRequest(r).getHeader("X-Value"), request)).as(value)
				.isEqualTo(outcome((r) -> reference.getFirewalledRequest(r).getHeader("X-Value"), request));
			MockHttpServletRequest named = new MockHttpServletRequest("GET", "/projects");
			named.addHeader(value, "v");
			assertThat(outcome((r) -> ours.getFirewalledRequest(r).getHeader(value), named)).as(value)
				.isEqualTo(outcome((r) -> reference.getFirewalledRequest(r).getHeader(value), named));
		}
	}

	private String randomString(String alphabet, int length) {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < length; i++) {
			value.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return value.toString();
	}

	private static String outcome(Function<MockHttpServletRequest, String> check, MockHttpServletRequest request) {
		try {
			return "value:" + check.apply(request);
		}
		catch (OAuth2AuthenticationException ex) {
			return "oauth2:" + ex.getError().getErrorCode() + ":" + ex.getError().getDescription();
		}
		catch (RequestRejectedException ex) {
			return "rejected";
		}
	}

}
