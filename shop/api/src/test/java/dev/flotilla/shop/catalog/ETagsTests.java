package dev.flotilla.shop.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTests {

	@Test
	void matchesExactWeakListedAndStarTags() {
		assertThat(ETags.matches("\"produits-3\"", "\"produits-3\"")).isTrue();
		assertThat(ETags.matches("W/\"produits-3\"", "\"produits-3\"")).isTrue();
		assertThat(ETags.matches("\"a\", \"produits-3\"", "\"produits-3\"")).isTrue();
		assertThat(ETags.matches("*", "\"produits-3\"")).isTrue();
	}

	@Test
	void doesNotMatchAnotherVersionOrNothing() {
		assertThat(ETags.matches("\"produits-2\"", "\"produits-3\"")).isFalse();
		assertThat(ETags.matches(null, "\"produits-3\"")).isFalse();
		assertThat(ETags.matches(" ", "\"produits-3\"")).isFalse();
	}

}
