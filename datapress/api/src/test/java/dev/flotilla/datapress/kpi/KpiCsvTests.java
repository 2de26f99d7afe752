package dev.flotilla.datapress.kpi;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiCsvTests {

	@Test
	void writesAHeaderThenOneRowPerDayAndCampaign() {
		KpiGenerator generator = new KpiGenerator();
		KpiReport report = generator.report(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 3));
		String[] lines = KpiCsv.write(report).split("\r\n");
		assertThat(lines[0]).isEqualTo("date,campaign,visits,orders,conversion_rate");
		assertThat(lines).hasSize(1 + 3 * generator.campaigns().size());
		KpiReport.Figures first = report.days().get(0).campaigns().get(0);
		assertThat(lines[1]).isEqualTo("2025-01-01," + first.campaign() + "," + first.visits() + "," + first.orders()
				+ "," + first.conversionRate().toPlainString());
	}

	@Test
	void quotesValuesThatNeedIt() {
		assertThat(KpiCsv.quote("Réseaux sociaux")).isEqualTo("Réseaux sociaux");
		assertThat(KpiCsv.quote("Soldes, hiver")).isEqualTo("\"Soldes, hiver\"");
		assertThat(KpiCsv.quote("Le \"Black\" Friday")).isEqualTo("\"Le \"\"Black\"\" Friday\"");
	}

}
