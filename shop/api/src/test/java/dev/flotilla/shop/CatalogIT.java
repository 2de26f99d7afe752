package dev.flotilla.shop;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search, category filter, paging and sorting of the catalogue.
 */
class CatalogIT extends ShopIntegrationTest {

	@Test
	void searchIgnoresCaseAndAccents() {
		JsonNode plain = this.api.get("/api/produits?q=ecran", null).json();
		JsonNode accented = this.api.get("/api/produits?q=%C3%89CRAN", null).json();
		assertThat(plain.get("total").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(accented.get("total").asLong()).isEqualTo(plain.get("total").asLong());
		assertThat(plain.get("produits").findValuesAsString("nom")).contains("Écran 27\" QHD 165 Hz");
	}

	@Test
	void searchMatchesEveryWord() {
		JsonNode page = this.api.get("/api/produits?q=clavier%20sans%20fil", null).json();
		assertThat(page.get("produits").findValuesAsString("nom")).containsExactly("Clavier sans fil compact");
	}

	@Test
	void categoryFilterKeepsOnlyThatCategory() {
		JsonNode page = this.api.get("/api/produits?categorie=souris&taille=100", null).json();
		assertThat(page.get("total").asLong()).isEqualTo(page.get("produits").size()).isGreaterThanOrEqualTo(5);
		assertThat(page.get("produits").findValuesAsString("categorie")).containsOnly("souris");
	}

	@Test
	void pagesCoverTheWholeCatalogueWithAnExactTotal() {
		int all = this.api.get("/api/produits", null).json().size();
		JsonNode first = this.api.get("/api/produits?page=1&taille=7", null).json();
		assertThat(first.get("total").asLong()).isEqualTo(all);
		assertThat(first.get("pages").asLong()).isEqualTo((all + 6) / 7);
		assertThat(first.get("produits").size()).isEqualTo(7);
		long lastPage = first.get("pages").asLong();
		JsonNode last = this.api.get("/api/produits?page=" + lastPage + "&taille=7", null).json();
		assertThat(last.get("produits").size()).isEqualTo(all - 7 * (int) (lastPage - 1));
		JsonNode beyond = this.api.get("/api/produits?page=" + (lastPage + 1) + "&taille=7", null).json();
		assertThat(beyond.get("produits").size()).isZero();
		assertThat(beyond.get("total").asLong()).isEqualTo(all);
	}

	@Test
	void sortsByPriceBothWays() {
		List<BigDecimal> ascending = prices("/api/produits?tri=prix&taille=100");
		assertThat(ascending).isSortedAccordingTo(BigDecimal::compareTo);
		List<BigDecimal> descending = prices("/api/produits?tri=-prix&taille=100");
		assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void aPageShowsAWriteAtOnce() {
		long id = newProduct("Casque de fraîcheur", "20.00", 3);
		String page = "/api/produits?q=casque%20fraicheur";
		assertThat(this.api.get(page, null).json().get("produits").get(0).get("prix").decimalValue())
			.isEqualByComparingTo("20.00");
		this.api.put("/api/produits/" + id, admin(),
				"{\"nom\":\"Casque de fraîcheur\",\"description\":\"\",\"prix\":25.50,\"stock\":3,\"categorie\":\"audio\"}");
		assertThat(this.api.get(page, null).json().get("produits").get(0).get("prix").decimalValue())
			.isEqualByComparingTo("25.50");
		this.api.delete("/api/produits/" + id, admin());
		assertThat(this.api.get(page, null).json().get("total").asLong()).isZero();
	}

	@Test
	void oneProductByIdAnd404ForAnUnknownOne() {
		assertThat(this.api.get("/api/produits/1", null).json().get("nom").asString()).isNotBlank();
		ShopClient.Reply missing = this.api.get("/api/produits/987654", null);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("error").asString()).isEqualTo("not_found");
	}

	@Test
	void categoriesCountTheirProducts() {
		JsonNode categories = this.api.get("/api/categories", null).json();
		assertThat(categories.findValuesAsString("code")).contains("ordinateurs", "claviers", "souris", "ecrans");
		assertThat(categories.findValuesAsString("nom")).contains("Écrans", "Réseau");
		categories.forEach((category) -> assertThat(category.get("nombreProduits").asLong()).isPositive());
	}

	private List<BigDecimal> prices(String path) {
		JsonNode products = this.api.get(path, null).json().get("produits");
		return products.valueStream().map((product) -> product.get("prix").decimalValue()).toList();
	}

}
