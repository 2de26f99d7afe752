package dev.flotilla.datapress.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Two periods side by side, as marketing dashboards compare a month with the previous
 * one.
 */
final class KpiComparison {

	private KpiComparison() {
	}

	record Request(@NotNull @Valid Period current, @NotNull @Valid Period previous) {
	}

	record Period(@NotNull LocalDate from, @NotNull LocalDate to) {

		DateRange range() {
			return new DateRange(this.from, this.to);
		}

	}

	record Response(Summary current, Summary previous, Change change) {
	}

	record Summary(LocalDate from, LocalDate to, long visits, long orders,
			@JsonProperty("conversion_rate") BigDecimal conversionRate) {

		static Summary of(KpiReport report) {
			KpiReport.Totals totals = report.totals();
			return new Summary(report.from(), report.to(), totals.visits(), totals.orders(), totals.conversionRate());
		}

	}

	/**
	 * Relative change of visits and orders in percent (null when the previous period had
	 * none), and the change of the conversion rate in percentage points.
	 */
	record Change(@JsonProperty("visits_pct") @Nullable BigDecimal visitsPercent,
			@JsonProperty("orders_pct") @Nullable BigDecimal ordersPercent,
			@JsonProperty("conversion_rate_pts") BigDecimal conversionRatePoints) {

		static Change between(Summary current, Summary previous) {
			return new Change(percent(current.visits(), previous.visits()),
					percent(current.orders(), previous.orders()),
					current.conversionRate().subtract(previous.conversionRate()));
		}

		private static @Nullable BigDecimal percent(long current, long previous) {
			if (previous == 0) {
				return null;
			}
			return BigDecimal.valueOf((current - previous) * 100)
				.divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_UP);
		}

	}

	static Response compare(KpiGenerator generator, Request request) {
		DateRange current = request.current().range();
		DateRange previous = request.previous().range();
		Summary now = Summary.of(generator.report(current.from(), current.to()));
		Summary before = Summary.of(generator.report(previous.from(), previous.to()));
		return new Response(now, before, Change.between(now, before));
	}

}
