package dev.flotilla.datapress.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.flotilla.platform.health.RuntimeInfo;

import static org.assertj.core.api.Assertions.assertThat;

class StatusApiControllerTests {

	private final Clock clock = Clock.fixed(Instant.parse("2025-11-24T09:09:57.620150Z"), ZoneOffset.UTC);

	private final StatusApiController controller = new StatusApiController(this.clock,
			new DatapressProperties("recette", "Bienvenue", "s3cret"), new RuntimeInfo("1.2.3", this.clock));

	@Test
	void stampHasTheSeedsTimestampFormatWithMicroseconds() {
		assertThat(this.controller.stamp())
			.isEqualTo(new StatusApiController.ServiceStamp("api", "2025-11-24T09:09:57.620150Z"));
	}

	@Test
	void stampKeepsTrailingZeroMicroseconds() {
		Instant whole = Instant.parse("2025-01-02T03:04:05Z");
		assertThat(StatusApiController.TIMESTAMP.format(whole)).isEqualTo("2025-01-02T03:04:05.000000Z");
	}

	@Test
	void infoSaysWhetherThePasswordIsSetButNeverItsValue() {
		StatusApiController.Info info = this.controller.info();
		assertThat(info.dbPasswordSet()).isTrue();
		assertThat(info.toString()).doesNotContain("s3cret");
		assertThat(new DatapressProperties("recette", "b", "s3cret").toString()).doesNotContain("s3cret");
	}

}
