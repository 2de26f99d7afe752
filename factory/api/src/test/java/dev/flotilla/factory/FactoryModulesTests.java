package dev.flotilla.factory;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package ({@code auth}, {@code build}, {@code project}…) is a module: no
 * cycles between them, and one uses another only through the types that one exposes.
 */
class FactoryModulesTests {

	@Test
	void featuresHaveNoCyclesAndUseOnlyWhatEachOtherExposes() {
		ApplicationModules.of(FactoryApplication.class).verify();
	}

}
