package dev.flotilla.shop;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package ({@code account}, {@code catalog}, {@code order}…) is a module: no
 * cycles between them, and one uses another only through the types that one exposes.
 */
class ShopModulesTests {

	@Test
	void featuresHaveNoCyclesAndUseOnlyWhatEachOtherExposes() {
		ApplicationModules.of(ShopApplication.class).verify();
	}

}
