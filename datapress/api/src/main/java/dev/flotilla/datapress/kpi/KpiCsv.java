package dev.flotilla.datapress.kpi;

/**
 * The KPI report as CSV (RFC 4180): a header line, then one row per day and campaign.
 */
final class KpiCsv {

	static final String HEADER = "date,campaign,visits,orders,conversion_rate";

	private KpiCsv() {
	}

	static String write(KpiReport report) {
		StringBuilder csv = new StringBuilder(64 * (report.days().size() * report.campaigns().size() + 1));
		csv.append(HEADER).append("\r\n");
		for (KpiReport.Day day : report.days()) {
			for (KpiReport.Figures figures : day.campaigns()) {
				csv.append(day.date())
					.append(',')
					.append(quote(figures.campaign()))
					.append(',')
					.append(figures.visits())
					.append(',')
					.append(figures.orders())
					.append(',')
					.append(figures.conversionRate().toPlainString())
					.append("\r\n");
			}
		}
		return csv.toString();
	}

	static String quote(String value) {
		boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

}
