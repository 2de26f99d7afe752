package dev.flotilla.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FleetTests {

	@Test
	void listsEverySystemOnItsContractPorts() {
		assertThat(Fleet.systems(Map.of())).extracting(SystemSpec::name, SystemSpec::port)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("datapress-api", 8080),
					org.assertj.core.groups.Tuple.tuple("datapress-web", 8081),
					org.assertj.core.groups.Tuple.tuple("students-api", 5000),
					org.assertj.core.groups.Tuple.tuple("students-web", 5080),
					org.assertj.core.groups.Tuple.tuple("factory-api", 5001),
					org.assertj.core.groups.Tuple.tuple("shop-api", 5002),
					org.assertj.core.groups.Tuple.tuple("shop-web", 5173),
					org.assertj.core.groups.Tuple.tuple("clinic", 5004));
	}

	@Test
	void everyCallerOfAnotherSystemNamesAKnownSystemThatStartsBeforeIt() {
		var names = Fleet.systems(Map.of()).stream().map(SystemSpec::name).toList();
		Fleet.systems(Map.of()).forEach((spec) -> {
			String upstream = (spec.kind() instanceof Kind.BootJar jar) ? jar.upstream()
					: ((Kind.StaticSite) spec.kind()).upstream();
			if (upstream != null) {
				assertThat(names.indexOf(upstream)).isBetween(0, names.indexOf(spec.name()) - 1);
			}
		});
	}

	@Test
	void namesAreUniqueAndEveryStaticSiteProxiesToAKnownSystem() {
		var names = Fleet.systems(Map.of()).stream().map(SystemSpec::name).toList();
		assertThat(names).doesNotHaveDuplicates();
		Fleet.systems(Map.of())
			.stream()
			.map(SystemSpec::kind)
			.filter(Kind.StaticSite.class::isInstance)
			.map((kind) -> ((Kind.StaticSite) kind).upstream())
			.forEach((upstream) -> assertThat(names).contains(upstream));
	}

	@Test
	void rootReadmeTableSaysWhatTheLauncherPrints() throws IOException {
		// README rows: | `name` | <url> (notes) | credentials, with Markdown code spans |
		List<String> rows = Files.readAllLines(Path.of("../README.md"))
			.stream()
			.filter((line) -> line.matches("\\| `[a-z-]+` \\| <http://localhost:\\d+/>.*"))
			.toList();
		List<String> readme = rows.stream().map((row) -> {
			String[] cells = row.split("\\|");
			String url = cells[2].trim().replaceFirst("^<([^>]+)>.*", "$1");
			String credentials = cells[3].trim().replace("`", "");
			return cells[1].trim().replace("`", "") + " " + url + " "
					+ ("none".equals(credentials) ? SystemSpec.NO_CREDENTIALS : credentials);
		}).toList();
		assertThat(readme).containsExactlyElementsOf(Fleet.systems(Map.of())
			.stream()
			.map((spec) -> spec.name() + " " + spec.url() + " " + spec.credentials())
			.toList());
	}

	@Test
	void takesPortsFromFlotillaVariables() {
		var systems = Fleet.systems(Map.of("FLOTILLA_DATAPRESS_API_PORT", "18080"));
		assertThat(systems.get(0).port()).isEqualTo(18080);
		assertThat(systems.get(0).healthUri()).hasToString("http://127.0.0.1:18080/health");
		assertThat(systems.get(1).port()).isEqualTo(8081);
	}

	@Test
	void rejectsAPortThatIsNotANumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Fleet.systems(Map.of("FLOTILLA_DATAPRESS_WEB_PORT", "http")))
			.withMessageContaining("FLOTILLA_DATAPRESS_WEB_PORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Fleet.systems(Map.of("FLOTILLA_DATAPRESS_WEB_PORT", "70000")));
	}

}
