package dev.flotilla.shop;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route × anonymous, client and admin, from one table. Bodies are invalid on
 * purpose: an allowed caller gets a 4xx from validation or a 404, never a change. A route
 * the OpenAPI documents but the table lacks fails
 * {@link #everyDocumentedRouteIsInTheTable}.
 */
class SecurityMatrixIT extends ShopIntegrationTest {

	/** Allowed: anything but 401, 403 and 5xx. */
	private static final int OK = 0;

	private static final List<Route> ROUTES = List.of(new Route("GET", "/api/produits", null, OK, OK, OK),
			new Route("GET", "/api/produits/{id}", null, OK, OK, OK),
			new Route("GET", "/api/categories", null, OK, OK, OK), new Route("GET", "/api/info", null, OK, OK, OK),
			new Route("POST", "/api/produits", "{}", 401, 403, OK),
			new Route("PUT", "/api/produits/{id}", "{}", 401, 403, OK),
			new Route("PUT", "/api/produits/{id}/stock", "{}", 401, 403, OK),
			new Route("DELETE", "/api/produits/{id}", null, 401, 403, OK),
			new Route("GET", "/api/utilisateurs", null, 401, 403, OK),
			new Route("POST", "/api/auth/login", "{}", OK, OK, OK),
			new Route("POST", "/api/auth/register", "{}", OK, OK, OK),
			new Route("GET", "/api/auth/moi", null, 401, OK, OK),
			new Route("POST", "/api/auth/logout", null, 401, OK, OK),
			new Route("GET", "/api/panier", null, 401, OK, OK), new Route("DELETE", "/api/panier", null, 401, OK, OK),
			new Route("PUT", "/api/panier/lignes/{produitId}", "{}", 401, OK, OK),
			new Route("DELETE", "/api/panier/lignes/{produitId}", null, 401, OK, OK),
			new Route("POST", "/api/commandes", "{}", 401, OK, OK),
			new Route("GET", "/api/commandes", null, 401, OK, OK),
			new Route("POST", "/api/commandes/{id}/annulation", null, 401, OK, OK),
			new Route("PUT", "/api/commandes/{id}/statut", "{}", 401, 403, OK),
			new Route("GET", "/api/pas-de-route", null, 401, 403, 403),
			new Route("PATCH", "/api/produits/{id}", "{}", 401, 403, 403));

	static Stream<Arguments> cases() {
		return ROUTES.stream()
			.flatMap((route) -> Stream.of(Arguments.of(route, "anonyme", route.anonymous()),
					Arguments.of(route, "client", route.client()), Arguments.of(route, "admin", route.admin())));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void routeAnswersEachRoleAsTheTableSays(Route route, String role, int expected) {
		String token = switch (role) {
			case "client" -> newClient();
			// Logging out revokes the token: never the admin token the other tests share.
			case "admin" -> route.path().equals("/api/auth/logout") ? login("admin", "admin-it-password") : admin();
			default -> null;
		};
		ShopClient.Reply reply = this.api.send(route.method(), route.concretePath(), token, route.body(), Map.of());
		assertThat(reply.status()).as(reply.body()).isLessThan(500);
		if (expected == OK) {
			assertThat(reply.status()).as(reply.body()).isNotIn(401, 403);
		}
		else {
			assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
			assertThat(reply.json().get("error").asString()).isIn("unauthorized", "forbidden");
		}
	}

	@Test
	void everyDocumentedRouteIsInTheTable() {
		JsonNode paths = this.api.get("/v3/api-docs", null).json().get("paths");
		Set<String> documented = new HashSet<>();
		// Only the API's own routes: the platform's /error controller is documented too.
		paths.properties()
			.stream()
			.filter((path) -> path.getKey().startsWith("/api/"))
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
		Set<String> table = new HashSet<>();
		ROUTES.forEach((route) -> table.add(route.method() + " " + route.path()));
		assertThat(table).containsAll(documented);
	}

	record Route(String method, String path, String body, int anonymous, int client, int admin) {

		String concretePath() {
			return this.path.replace("{id}", "999999").replace("{produitId}", "999999");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
