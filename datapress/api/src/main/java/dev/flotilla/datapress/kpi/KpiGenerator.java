package dev.flotilla.datapress.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.stereotype.Component;

/**
 * Simulated marketing figures: a pure function of the date and the campaign (same dates,
 * same numbers, on every replica and after every restart), with a weekly rhythm, a slow
 * upward trend and day-to-day noise, so that the charts look like real traffic.
 */
@Component
class KpiGenerator {

	private static final List<Campaign> CAMPAIGNS = List.of(new Campaign("Newsletter", 320, 4.2),
			new Campaign("Google Ads", 910, 2.4), new Campaign("Réseaux sociaux", 640, 1.4),
			new Campaign("Affiliation", 260, 3.1));

	private static final long TREND_ORIGIN = LocalDate.of(2024, 1, 1).toEpochDay();

	List<String> campaigns() {
		return CAMPAIGNS.stream().map(Campaign::name).toList();
	}

	KpiReport report(LocalDate from, LocalDate to) {
		List<KpiReport.Day> days = new ArrayList<>();
		long[] visitsByCampaign = new long[CAMPAIGNS.size()];
		long[] ordersByCampaign = new long[CAMPAIGNS.size()];
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			List<KpiReport.Figures> figures = new ArrayList<>(CAMPAIGNS.size());
			for (int i = 0; i < CAMPAIGNS.size(); i++) {
				KpiReport.Figures day = figures(date, i);
				visitsByCampaign[i] += day.visits();
				ordersByCampaign[i] += day.orders();
				figures.add(day);
			}
			long visits = figures.stream().mapToLong(KpiReport.Figures::visits).sum();
			long orders = figures.stream().mapToLong(KpiReport.Figures::orders).sum();
			days.add(new KpiReport.Day(date, visits, orders, KpiReport.rate(visits, orders), List.copyOf(figures)));
		}
		List<KpiReport.Figures> totals = new ArrayList<>(CAMPAIGNS.size());
		for (int i = 0; i < CAMPAIGNS.size(); i++) {
			totals.add(new KpiReport.Figures(CAMPAIGNS.get(i).name(), visitsByCampaign[i], ordersByCampaign[i]));
		}
		long visits = sum(visitsByCampaign);
		long orders = sum(ordersByCampaign);
		return new KpiReport(from, to, campaigns(), List.copyOf(days),
				new KpiReport.Totals(visits, orders, KpiReport.rate(visits, orders), List.copyOf(totals)));
	}

	private static KpiReport.Figures figures(LocalDate date, int campaignIndex) {
		Campaign campaign = CAMPAIGNS.get(campaignIndex);
		SplittableRandom random = new SplittableRandom(date.toEpochDay() * 1_000_003L + campaignIndex);
		double trend = 1 + 0.0004 * (date.toEpochDay() - TREND_ORIGIN);
		double noise = 0.85 + 0.3 * random.nextDouble();
		long visits = Math.max(0, Math.round(campaign.baseVisits() * weekly(date.getDayOfWeek()) * trend * noise));
		double rate = campaign.conversionPercent() / 100 * (0.8 + 0.4 * random.nextDouble());
		long orders = Math.round(visits * rate);
		return new KpiReport.Figures(campaign.name(), visits, orders);
	}

	private static double weekly(DayOfWeek day) {
		return switch (day) {
			case MONDAY, TUESDAY -> 1.1;
			case SATURDAY -> 0.75;
			case SUNDAY -> 0.7;
			default -> 1.0;
		};
	}

	private static long sum(long[] values) {
		long total = 0;
		for (long value : values) {
			total += value;
		}
		return total;
	}

	private record Campaign(String name, int baseVisits, double conversionPercent) {
	}

}
