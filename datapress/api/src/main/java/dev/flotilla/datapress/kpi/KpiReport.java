package dev.flotilla.datapress.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The KPIs of a date range: one entry per day, each broken down by campaign, and the
 * totals. Conversion rates are percentages with two decimals ({@code 3.65} is 3.65 %).
 */
record KpiReport(LocalDate from, LocalDate to, List<String> campaigns, List<Day> days, Totals totals) {

	record Figures(String campaign, long visits, long orders,
			@JsonProperty("conversion_rate") BigDecimal conversionRate) {

		Figures(String campaign, long visits, long orders) {
			this(campaign, visits, orders, rate(visits, orders));
		}

	}

	record Day(LocalDate date, long visits, long orders, @JsonProperty("conversion_rate") BigDecimal conversionRate,
			List<Figures> campaigns) {

	}

	record Totals(long visits, long orders, @JsonProperty("conversion_rate") BigDecimal conversionRate,
			List<Figures> campaigns) {

	}

	static BigDecimal rate(long visits, long orders) {
		if (visits == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(orders * 100).divide(BigDecimal.valueOf(visits), 2, RoundingMode.HALF_UP);
	}

}
