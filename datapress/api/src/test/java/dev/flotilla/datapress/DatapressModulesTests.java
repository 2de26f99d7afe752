package dev.flotilla.datapress;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages ({@code kpi}, {@code status}) form no cycle and reach each other
 * only through what a feature exposes.
 */
class DatapressModulesTests {

	private final ApplicationModules modules = ApplicationModules.of(DatapressApplication.class);

	@Test
	void featurePackagesAreModulesWithoutCyclesOrInternalAccess() {
		assertThat(this.modules.stream().map((module) -> module.getBasePackage().getName()))
			.containsExactlyInAnyOrder("dev.flotilla.datapress.kpi", "dev.flotilla.datapress.status");
		this.modules.verify();
	}

}
