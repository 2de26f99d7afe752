package dev.flotilla.shop;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dev.flotilla.platform.security.DefaultSecretException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code prod} profile refuses the packaged JWT secret and demo passwords before
 * anything starts.
 */
class ProdProfileTests {

	@Test
	void prodProfileRefusesTheDefaultJwtSecretAndDemoPasswords() {
		DefaultSecretException refused = catchThrowableOfType(DefaultSecretException.class,
				() -> new SpringApplicationBuilder(ShopApplication.class).profiles("prod")
					.web(WebApplicationType.NONE)
					.run());
		assertThat(refused.getOffenders()).containsExactlyInAnyOrder("shop.jwt.secret (JWT_SECRET)",
				"shop.demo.admin-password (SHOP_ADMIN_PASSWORD)", "shop.demo.user-password (SHOP_USER_PASSWORD)");
	}

	@Test
	void prodProfileStillRefusesWhenOnlyTheSecretIsSet() {
		DefaultSecretException refused = catchThrowableOfType(DefaultSecretException.class,
				() -> new SpringApplicationBuilder(ShopApplication.class).profiles("prod")
					.web(WebApplicationType.NONE)
					.run("--shop.jwt.secret=a-real-secret-of-at-least-thirty-two-bytes"));
		assertThat(refused.getOffenders()).containsExactlyInAnyOrder("shop.demo.admin-password (SHOP_ADMIN_PASSWORD)",
				"shop.demo.user-password (SHOP_USER_PASSWORD)");
	}

}
