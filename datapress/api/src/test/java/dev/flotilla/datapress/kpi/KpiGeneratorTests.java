package dev.flotilla.datapress.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiGeneratorTests {

	private final KpiGenerator generator = new KpiGenerator();

	private final LocalDate january1 = LocalDate.of(2025, 1, 1);

	@Test
	void sameDatesGiveTheSameNumbers() {
		assertThat(new KpiGenerator().report(this.january1, this.january1.plusDays(40)))
			.isEqualTo(this.generator.report(this.january1, this.january1.plusDays(40)));
	}

	@Test
	void aDaysFiguresDoNotDependOnTheRangeAskedFor() {
		LocalDate day = LocalDate.of(2025, 1, 15);
		KpiReport.Day inJanuary = this.generator.report(this.january1, LocalDate.of(2025, 1, 31)).days().get(14);
		KpiReport.Day alone = this.generator.report(day, day).days().get(0);
		assertThat(inJanuary).isEqualTo(alone);
	}

	@Test
	void oneEntryPerDayWithEveryCampaign() {
		KpiReport report = this.generator.report(this.january1, LocalDate.of(2025, 1, 31));
		assertThat(report.days()).hasSize(31);
		assertThat(report.days()).allSatisfy((day) -> assertThat(day.campaigns()).hasSize(report.campaigns().size()));
		assertThat(report.days().get(30).date()).isEqualTo(LocalDate.of(2025, 1, 31));
	}

	@Test
	void dailyFiguresAddUpToTheDayAndTheTotals() {
		KpiReport report = this.generator.report(this.january1, LocalDate.of(2025, 3, 31));
		for (KpiReport.Day day : report.days()) {
			assertThat(day.visits()).isEqualTo(day.campaigns().stream().mapToLong(KpiReport.Figures::visits).sum());
			assertThat(day.orders()).isEqualTo(day.campaigns().stream().mapToLong(KpiReport.Figures::orders).sum());
			assertThat(day.orders()).isLessThanOrEqualTo(day.visits());
		}
		assertThat(report.totals().visits()).isEqualTo(report.days().stream().mapToLong(KpiReport.Day::visits).sum());
		assertThat(report.totals().campaigns().stream().mapToLong(KpiReport.Figures::orders).sum())
			.isEqualTo(report.totals().orders());
	}

	@Test
	void conversionRateIsAPercentageWithTwoDecimals() {
		KpiReport report = this.generator.report(this.january1, this.january1.plusDays(9));
		assertThat(report.days()).allSatisfy((day) -> {
			assertThat(day.conversionRate().scale()).isEqualTo(2);
			assertThat(day.conversionRate().doubleValue()).isBetween(0.5, 6.0);
		});
		assertThat(KpiReport.rate(2000, 73).toPlainString()).isEqualTo("3.65");
		assertThat(KpiReport.rate(0, 0).toPlainString()).isEqualTo("0.00");
	}

	@Test
	void weekendsHaveLessTrafficThanWeekdays() {
		KpiReport year = this.generator.report(this.january1, LocalDate.of(2025, 12, 31));
		double weekend = year.days()
			.stream()
			.filter((day) -> day.date().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0)
			.mapToLong(KpiReport.Day::visits)
			.average()
			.orElseThrow();
		double weekday = year.days()
			.stream()
			.filter((day) -> day.date().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) < 0)
			.mapToLong(KpiReport.Day::visits)
			.average()
			.orElseThrow();
		assertThat(weekend).isLessThan(weekday * 0.85);
	}

}
