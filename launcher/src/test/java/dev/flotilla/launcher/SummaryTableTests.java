package dev.flotilla.launcher;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTableTests {

	@Test
	void listsEachSystemWithItsUrlAndCredentialsThenTheLogs() {
		String table = SummaryTable.render(Fleet.systems(Map.of("FLOTILLA_DATAPRESS_WEB_PORT", "18081")),
				Path.of("data/logs"));
		assertThat(table).containsSubsequence("System", "URL", "Demo credentials", "datapress-api",
				"http://localhost:8080/", "—", "datapress-web", "http://localhost:18081/", "—", "Logs: data/logs",
				SummaryTable.READY);
	}

}
