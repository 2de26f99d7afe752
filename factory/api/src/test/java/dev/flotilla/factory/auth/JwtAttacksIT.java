package dev.flotilla.factory.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.FactoryIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every forged, expired or mangled token against every protected route is a 401: the
 * routes come from the application's own mappings, so a new one is covered by default.
 */
@FactoryIT
class JwtAttacksIT {

	private static final Set<String> PUBLIC = Set.of("/status", "/login", "/token/refresh", "/logout");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Value("${platform.security.jwt.secret}")
	String secret;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyForgedTokenIsRejectedOnEveryProtectedRoute() throws Exception {
		Api api = new Api(this.mvc);
		String valid = api.adminToken();
		Map<String, String> attacks = attacks(valid);
		List<String> accepted = new ArrayList<>();
		List<Route> routes = protectedRoutes();
		assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
		assertThat(attacks).hasSizeGreaterThanOrEqualTo(10);
		for (Route route : routes) {
			for (Map.Entry<String, String> attack : attacks.entrySet()) {
				MvcResult result = api.perform(
						request(route.method(), route.path()).header(HttpHeaders.AUTHORIZATION, attack.getValue()));
				if (result.getResponse().getStatus() != 401
						|| !result.getResponse().getContentAsString().contains("\"unauthorized\"")) {
					accepted.add(attack.getKey() + " on " + route + " -> " + result.getResponse().getStatus());
				}
			}
		}
		assertThat(accepted).isEmpty();
	}

	@Test
	void tokenWithoutExpIsRefused() throws Exception {
		assertRefusedInFrench(sign(JWSAlgorithm.HS256, this.secret, claims(60, "access").expirationTime(null)));
	}

	@Test
	void tokenOfDeletedUserIsRefused() throws Exception {
		Api api = new Api(this.mvc);
		String username = Api.unique("gone");
		String developer = api.developerToken(api.adminToken(), username);
		assertThat(api.perform(get("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + developer))
			.getResponse()
			.getStatus()).isEqualTo(200);
		this.jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update();
		assertRefusedInFrench(developer);
	}

	@Test
	void keyIdRevealsNothingAboutTheSecret() throws Exception {
		String token = new Api(this.mvc).adminToken();
		String kid = SignedJWT.parse(token).getHeader().getKeyID();
		String thumbprint = new OctetSequenceKey.Builder(this.secret.getBytes(StandardCharsets.UTF_8)).build()
			.computeThumbprint()
			.toString();
		assertThat(kid).isNotBlank().isNotEqualTo(thumbprint);
		assertThat(this.secret).doesNotContain(kid);
	}

	private void assertRefusedInFrench(String token) throws Exception {
		MvcResult result = new Api(this.mvc)
			.perform(get("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("{\"error\":\"unauthorized\",\"message\":\"Authentification requise ou invalide\"}");
	}

	@Test
	void theValidTokenIsAcceptedSoTheAttacksAreMeaningful() throws Exception {
		Api api = new Api(this.mvc);
		MvcResult result = api.perform(
				request(HttpMethod.GET, "/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + api.adminToken()));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
	}

	private Map<String, String> attacks(String valid) throws JOSEException {
		Map<String, String> attacks = new LinkedHashMap<>();
		String[] parts = valid.split("\\.");
		attacks.put("no token", "Bearer ");
		attacks.put("garbage", "Bearer not-a-jwt");
		attacks.put("basic scheme", "Basic " + Base64.getEncoder().encodeToString("admin:admin123".getBytes()));
		attacks.put("alg none", "Bearer " + new PlainJWT(claims(60, "access").build()).serialize());
		attacks.put("alg none, signature kept", "Bearer " + noneHeader() + "." + parts[1] + "." + parts[2]);
		attacks.put("signature stripped", "Bearer " + parts[0] + "." + parts[1] + ".");
		attacks.put("payload tampered", "Bearer " + parts[0] + "." + tamperedPayload(parts[1]) + "." + parts[2]);
		attacks.put("signature tampered", "Bearer " + parts[0] + "." + parts[1] + "." + flip(parts[2]));
		attacks.put("wrong key",
				"Bearer " + sign(JWSAlgorithm.HS256, "another-secret-that-is-32-bytes-long!!", claims(60, "access")));
		attacks.put("HS512 with the right key",
				"Bearer " + sign(JWSAlgorithm.HS512, this.secret + this.secret, claims(60, "access")));
		attacks.put("expired", "Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(-1, "access")));
		attacks.put("not yet valid", "Bearer " + sign(JWSAlgorithm.HS256, this.secret,
				claims(600, "access").notBeforeTime(Date.from(Instant.now().plusSeconds(300)))));
		attacks.put("refresh-type token", "Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, "refresh")));
		attacks.put("no type claim", "Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, null)));
		attacks.put("another system's issuer",
				"Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, "access").issuer("shop-api")));
		attacks.put("no issuer", "Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, "access").issuer(null)));
		attacks.put("no subject",
				"Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, "access").subject(null)));
		attacks.put("no expiry",
				"Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, "access").expirationTime(null)));
		attacks.put("user that does not exist",
				"Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, "access").subject("ghost")));
		attacks.put("no token id", "Bearer " + sign(JWSAlgorithm.HS256, this.secret, claims(60, "access").jwtID(null)));
		return attacks;
	}

	private static JWTClaimsSet.Builder claims(long validSeconds, String type) {
		Instant now = Instant.now();
		// The issuer is right, so each forgery is refused for what it changes.
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("factory-api")
			.subject("admin")
			.claim("role", "admin")
			.issueTime(Date.from(now.minusSeconds(120)))
			.expirationTime(Date.from(now.plusSeconds(validSeconds * 60)))
			.jwtID(UUID.randomUUID().toString());
		if (type != null) {
			claims.claim("type", type);
		}
		return claims;
	}

	private static String sign(JWSAlgorithm algorithm, String key, JWTClaimsSet.Builder claims) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims.build());
		jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

	private static String noneHeader() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
	}

	private static String tamperedPayload(String payload) {
		String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
		String forged = json.replace("\"role\":\"admin\"", "\"role\":\"superuser\"").replace("admin", "root");
		return Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
	}

	private static String flip(String signature) {
		char first = signature.charAt(0);
		return ((first == 'A') ? 'B' : 'A') + signature.substring(1);
	}

	private List<Route> protectedRoutes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (PUBLIC.contains(pattern) || pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger")
						|| pattern.equals("/error") || pattern.startsWith("/apidocs")
						// the console's session chain, refused without a session
						// (ConsoleSecurityIT)
						|| pattern.equals("/ui") || pattern.startsWith("/ui/")) {
					continue;
				}
				String path = pattern.replace("{id}", "1").replace("{number}", "1");
				for (var method : info.getMethodsCondition().getMethods()) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), path));
				}
			}
		}
		return routes;
	}

	record Route(HttpMethod method, String path) {
		@Override
		public String toString() {
			return this.method + " " + this.path;
		}
	}

}
