package dev.flotilla.launcher;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OptionsTests {

	@Test
	void defaultsToEverySystemAndNinetySeconds() throws Exception {
		Options options = Options.parse();
		assertThat(options.only()).isEmpty();
		assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(90));
		assertThat(options.help()).isFalse();
	}

	@Test
	void readsOnlyAndTimeoutAsSeparateOrInlineValues() throws Exception {
		assertThat(Options.parse("--only", "datapress-api, datapress-web", "--timeout", "5"))
			.isEqualTo(new Options(java.util.Set.of("datapress-api", "datapress-web"), Duration.ofSeconds(5), false));
		assertThat(Options.parse("--only=datapress-web", "--timeout=7"))
			.isEqualTo(new Options(java.util.Set.of("datapress-web"), Duration.ofSeconds(7), false));
	}

	@Test
	void readsHelp() throws Exception {
		assertThat(Options.parse("--help").help()).isTrue();
		assertThat(Options.parse("-h").help()).isTrue();
	}

	@Test
	void rejectsAnUnknownOption() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Options.parse("--fast"))
			.withMessageContaining("--fast");
	}

	@Test
	void rejectsAMissingValue() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Options.parse("--only"))
			.withMessage("--only needs a value");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Options.parse("--timeout", "--help"))
			.withMessage("--timeout needs a value");
	}

	@Test
	void rejectsATimeoutThatIsNotAPositiveNumber() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Options.parse("--timeout", "soon"))
			.withMessageContaining("soon");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Options.parse("--timeout", "0"));
	}

	@Test
	void selectsTheNamedSystemsInFleetOrder() throws Exception {
		assertThat(Options.parse("--only", "datapress-web,datapress-api").select(Fleet.systems(Map.of())))
			.extracting(SystemSpec::name)
			.containsExactly("datapress-api", "datapress-web");
		assertThat(Options.parse().select(Fleet.systems(Map.of()))).hasSameSizeAs(Fleet.systems(Map.of()));
	}

	@Test
	void rejectsAnUnknownSystemNamingTheKnownOnes() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Options.parse("--only", "shop").select(Fleet.systems(Map.of())))
			.withMessageContaining("shop")
			.withMessageContaining("datapress-api");
	}

}
