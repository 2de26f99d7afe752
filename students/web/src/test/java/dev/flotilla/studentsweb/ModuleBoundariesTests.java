package dev.flotilla.studentsweb;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package is a feature (STYLE.md): none depends on another in a cycle,
 * and one reaches another only through the types it exposes.
 */
class ModuleBoundariesTests {

	@Test
	void featuresHaveNoCyclesAndUseOnlyWhatOthersExpose() {
		ApplicationModules.of(StudentsWebApplication.class).verify();
	}

}
