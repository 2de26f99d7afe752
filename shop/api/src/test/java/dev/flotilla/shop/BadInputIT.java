package dev.flotilla.shop;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, from one table: each case gets its documented 4xx in the JSON error shape,
 * never a 5xx, and changes nothing (the catalogue's ETag, the stock and the client's
 * orders and cart are the same afterwards). {@code P} in a case stands for a product with
 * 5 in stock.
 */
class BadInputIT extends ShopIntegrationTest {

	private static long target;

	private static String client;

	private static final String LONG_NAME = "n".repeat(121);

	private static final String VALID = "\"description\":\"d\",\"categorie\":\"ecrans\"";

	static Stream<Case> cases() {
		String tooManyLines = IntStream.rangeClosed(1, 51)
			.mapToObj((i) -> "{\"produitId\":P,\"quantite\":1}")
			.collect(Collectors.joining(",", "{\"lignes\":[", "]}"));
		return Stream.of(
				// Orders
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":-1}]}", 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":0}]}", 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":100}]}", 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":2147483648}]}", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":1e9}]}", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":1.5}]}", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":\"deux\"}]}", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":null}]}", 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":P}]}", 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":999999,\"quantite\":1}]}", 404, "unknown_product"),
				order("{\"lignes\":[{\"produitId\":-5,\"quantite\":1}]}", 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":\"abc\",\"quantite\":1}]}", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":1,\"prix\":0.01}]}", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":1,\"prixUnitaire\":0.01}]}", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":1,\"stock\":1000}]}", 400, "malformed_json"),
				order("{\"id\":1,\"lignes\":[{\"produitId\":P,\"quantite\":1}]}", 400, "malformed_json"),
				order("{\"total\":0,\"lignes\":[{\"produitId\":P,\"quantite\":1}]}", 400, "malformed_json"),
				order("{\"lignes\":[]}", 400, "validation_failed"),
				order("{\"lignes\":[null]}", 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":1},null]}", 400, "validation_failed"),
				order("{\"lignes\":null}", 400, "validation_failed"), order("{\"lignes\":{}}", 400, "malformed_json"),
				order(tooManyLines, 400, "validation_failed"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":60},{\"produitId\":P,\"quantite\":40}]}", 400,
						"invalid_quantity"),
				order("{\"lignes\":[", 400, "malformed_json"), order("[]", 400, "malformed_json"),
				order("\"x\"", 400, "malformed_json"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":6}]}", 409, "insufficient_stock"),
				order("{\"lignes\":[{\"produitId\":P,\"quantite\":3},{\"produitId\":P,\"quantite\":3}]}", 409,
						"insufficient_stock"),
				new Case("POST", "/api/commandes", "client", "quantite=1", 415, "unsupported_media_type", "text/plain"),
				// Cart
				cart("{\"quantite\":0}", 400, "validation_failed"), cart("{\"quantite\":-3}", 400, "validation_failed"),
				cart("{\"quantite\":100}", 400, "validation_failed"), cart(null, 400, "malformed_json"),
				cart("{}", 400, "validation_failed"), cart("{\"quantite\":\"x\"}", 400, "malformed_json"),
				cart("{\"quantite\":1,\"prix\":0.01}", 400, "malformed_json"),
				cart("{\"quantite\":6}", 409, "insufficient_stock"),
				new Case("PUT", "/api/panier/lignes/abc", "client", "{\"quantite\":1}", 400, "invalid_request", null),
				new Case("PUT", "/api/panier/lignes/999999", "client", "{\"quantite\":1}", 404, "unknown_product",
						null),
				// Catalogue queries
				query("page=0", "invalid_page"), query("page=-1", "invalid_page"), query("page=abc", "invalid_request"),
				query("page=99999999999", "invalid_request"), query("taille=0", "invalid_page_size"),
				query("taille=101", "invalid_page_size"), query("taille=100000", "invalid_page_size"),
				query("tri=prix;DROP%20TABLE%20produit", "invalid_sort"), query("tri=inconnu", "invalid_sort"),
				query("tri=p.prix", "invalid_sort"), query("categorie=inexistante", "invalid_category"),
				query("categorie=%27%20OR%201=1--", "invalid_category"), query("q=" + "a".repeat(201), "invalid_query"),
				new Case("GET", "/api/produits/abc", null, null, 400, "invalid_request", null),
				new Case("GET", "/api/produits/-1", null, null, 404, "not_found", null),
				new Case("GET", "/api/produits/99999999999999999999", null, null, 400, "invalid_request", null),
				// Admin product writes
				product("\"nom\":\"x\",\"prix\":-1,\"stock\":1," + VALID, 400, "validation_failed"),
				product("\"nom\":\"x\",\"prix\":0,\"stock\":1," + VALID, 400, "validation_failed"),
				product("\"nom\":\"x\",\"prix\":1.999,\"stock\":1," + VALID, 400, "validation_failed"),
				product("\"nom\":\"x\",\"prix\":1e7,\"stock\":1," + VALID, 400, "validation_failed"),
				product("\"nom\":\"x\",\"prix\":\"gratuit\",\"stock\":1," + VALID, 400, "malformed_json"),
				product("\"nom\":\"x\",\"prix\":1,\"stock\":-1," + VALID, 400, "validation_failed"),
				product("\"nom\":\"x\",\"prix\":1,\"stock\":1.5," + VALID, 400, "malformed_json"),
				product("\"nom\":\"x\",\"prix\":1,\"stock\":2000000," + VALID, 400, "validation_failed"),
				product("\"nom\":\"\",\"prix\":1,\"stock\":1," + VALID, 400, "validation_failed"),
				product("\"nom\":\"" + LONG_NAME + "\",\"prix\":1,\"stock\":1," + VALID, 400, "validation_failed"),
				product("\"nom\":\"x\",\"prix\":1,\"stock\":1,\"description\":\"d\",\"categorie\":\"jouets\"", 400,
						"invalid_category"),
				product("\"id\":7,\"nom\":\"x\",\"prix\":1,\"stock\":1," + VALID, 400, "malformed_json"),
				product("\"devise\":\"USD\",\"nom\":\"x\",\"prix\":1,\"stock\":1," + VALID, 400, "malformed_json"),
				product("\"nom\":\"x\",\"stock\":1," + VALID, 400, "validation_failed"),
				new Case("PUT", "/api/produits/P/stock", "admin", "{\"stock\":-1}", 400, "validation_failed", null),
				new Case("PUT", "/api/produits/P/stock", "admin", "{\"stock\":\"beaucoup\"}", 400, "malformed_json",
						null),
				new Case("PUT", "/api/produits/999999", "admin", "{\"nom\":\"x\",\"prix\":1,\"stock\":1," + VALID + "}",
						404, "not_found", null),
				// Accounts
				register("{\"nomUtilisateur\":\"ab\",\"motDePasse\":\"assez-long\"}"),
				register("{\"nomUtilisateur\":\"assez_long\",\"motDePasse\":\"court\"}"),
				register("{\"nomUtilisateur\":\"avec espace\",\"motDePasse\":\"assez-long\"}"),
				register("{\"nomUtilisateur\":\"" + "u".repeat(41) + "\",\"motDePasse\":\"assez-long\"}"),
				new Case("POST", "/api/auth/register", null,
						"{\"nomUtilisateur\":\"futur_admin\",\"motDePasse\":\"assez-long\",\"role\":\"admin\"}", 400,
						"malformed_json", null),
				new Case("POST", "/api/auth/login", null, "{}", 400, "validation_failed", null),
				new Case("POST", "/api/auth/login", null, "{\"nomUtilisateur\":", 400, "malformed_json", null));
	}

	private static Case order(String body, int status, String error) {
		return new Case("POST", "/api/commandes", "client", body, status, error, null);
	}

	private static Case cart(String body, int status, String error) {
		return new Case("PUT", "/api/panier/lignes/P", "client", body, status, error, null);
	}

	private static Case query(String query, String error) {
		return new Case("GET", "/api/produits?" + query, null, null, 400, error, null);
	}

	private static Case product(String fields, int status, String error) {
		return new Case("POST", "/api/produits", "admin", "{" + fields + "}", status, error, null);
	}

	private static Case register(String body) {
		return new Case("POST", "/api/auth/register", null, body, 400, "validation_failed", null);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("cases")
	void badInputIsADocumented4xxAndChangesNothing(Case input) {
		if (target == 0) {
			// Shared by every case: each one must leave them exactly as they were.
			target = newProduct("Produit cible", "10.00", 5);
			client = newClient();
		}
		long product = target;
		String token = switch (String.valueOf(input.role())) {
			case "client" -> client;
			case "admin" -> admin();
			default -> null;
		};
		String etag = this.api.get("/api/produits", null).header("ETag");
		String catalogue = this.api.get("/api/produits", null).body();

		String path = input.path().replace("/P", "/" + product);
		String body = (input.body() != null) ? input.body().replaceAll(":P([,}])", ":" + product + "$1") : null;
		Map<String, String> headers = (input.contentType() != null) ? Map.of("Content-Type", input.contentType())
				: Map.of();
		ShopClient.Reply reply = this.api.send(input.method(), path, token, body, headers);

		assertThat(reply.status()).as(reply.body()).isEqualTo(input.status());
		assertThat(reply.json().get("error").asString()).as(reply.body()).isEqualTo(input.error());
		assertThat(reply.json().get("message").asString()).isNotBlank();
		assertThat(this.api.get("/api/produits", null).header("ETag")).isEqualTo(etag);
		assertThat(this.api.get("/api/produits", null).body()).isEqualTo(catalogue);
		assertThat(stockOf(product)).isEqualTo(5);
		assertThat(this.api.get("/api/commandes", client).json().size()).isZero();
		assertThat(this.api.get("/api/panier", client).json().get("lignes").size()).isZero();
	}

	@org.junit.jupiter.api.Test
	void theTableHasAtLeastSixtyCases() {
		assertThat(cases().count()).isGreaterThanOrEqualTo(60);
	}

	record Case(String method, String path, String role, String body, int status, String error, String contentType) {

		@Override
		public String toString() {
			String shown = (this.body != null && this.body.length() > 70) ? this.body.substring(0, 70) + "…"
					: this.body;
			return this.method + " " + this.path + " as " + this.role + " " + shown + " → " + this.status;
		}

	}

}
