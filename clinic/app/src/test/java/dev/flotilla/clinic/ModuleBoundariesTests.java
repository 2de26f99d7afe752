package dev.flotilla.clinic;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of {@code dev.flotilla.clinic} is a feature (an application
 * module): no two depend on each other in a cycle, one reaches another only through the
 * types that feature exposes (its top-level package; a sub-package is its own), and the
 * features others build on ({@code dicom}, {@code ui}, {@code db}, {@code audit}) use no
 * more than their {@code @ApplicationModule} allows.
 */
class ModuleBoundariesTests {

	@Test
	void featuresHaveNoCyclesAndUseOnlyWhatOthersExpose() {
		ApplicationModules.of(ClinicApplication.class).verify();
	}

}
