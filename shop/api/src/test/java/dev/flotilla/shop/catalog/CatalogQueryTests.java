package dev.flotilla.shop.catalog;

import org.junit.jupiter.api.Test;

import dev.flotilla.platform.error.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogQueryTests {

	@Test
	void defaultsToTheFirstPageOfTwentyById() {
		CatalogQuery query = CatalogQuery.of(null, null, null, null, null);
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.taille()).isEqualTo(20);
		assertThat(query.sort()).isEqualTo(ProductSort.ID);
		assertThat(query.offset()).isZero();
	}

	@Test
	void computesTheOffsetWithoutOverflow() {
		assertThat(CatalogQuery.of(null, null, 100_000, 100, null).offset()).isEqualTo(9_999_900L);
	}

	@Test
	void acceptsOnlyWhitelistedSorts() {
		assertThat(CatalogQuery.of(null, null, null, null, "-prix").sort()).isEqualTo(ProductSort.PRIX_DESC);
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> CatalogQuery.of(null, null, null, null, "prix desc"))
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("invalid_sort"));
	}

	@Test
	void rejectsPagesAndSizesOutOfRange() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> CatalogQuery.of(null, null, 0, 10, null));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> CatalogQuery.of(null, null, 1, 101, null));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> CatalogQuery.of(null, "Écrans!", 1, 10, null));
	}

	@Test
	void blankCategoryMeansAll() {
		assertThat(CatalogQuery.of("", " ", null, null, null).categorie()).isNull();
	}

}
