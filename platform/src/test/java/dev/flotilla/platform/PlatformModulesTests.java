package dev.flotilla.platform;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of the platform ({@code error}, {@code web}, {@code security}…)
 * is one module: no cycles between them, and one reaches another only through the other's
 * top-level package, never a nested one.
 */
class PlatformModulesTests {

	@Test
	void concernsHaveNoCyclesAndUseOnlyWhatEachOtherExposes() {
		ApplicationModules.of("dev.flotilla.platform").verify();
	}

}
