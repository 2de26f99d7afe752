package dev.flotilla.datapress.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The KPI report as a PDF for the managers: title, period, the totals beside the previous
 * period of the same length, the totals per campaign, a chart, then the daily table
 * (continued over as many pages as needed, its header repeated).
 */
final class KpiPdf {

	static final String TITLE = "DataPress – Rapport des indicateurs marketing";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final float ROW = 15;

	/** Right edges of the number columns. */
	private static final float[] COLUMNS = { 300, 420, PdfPages.RIGHT };

	private KpiPdf() {
	}

	static byte[] write(KpiReport current, KpiReport previous, Instant generatedAt) {
		try (PDDocument document = new PDDocument()) {
			describe(document, current, generatedAt);
			try (PdfPages pages = new PdfPages(document)) {
				header(pages, current, previous, generatedAt);
				totals(pages, current, previous);
				campaigns(pages, current);
				chart(pages, current);
				daily(pages, current.days());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void describe(PDDocument document, KpiReport report, Instant generatedAt) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(TITLE + ", " + KpiFormat.period(report.from(), report.to()));
		info.setAuthor("DataPress – POC");
		info.setCreator("datapress-api");
		Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		created.setTimeInMillis(generatedAt.toEpochMilli());
		info.setCreationDate(created);
		document.getDocumentCatalog().setLanguage("fr-FR");
	}

	private static void header(PdfPages pages, KpiReport current, KpiReport previous, Instant generatedAt) {
		pages.text(pages.bold, 18, PdfPages.MARGIN, pages.y() - 18, TITLE);
		pages.down(40);
		long days = ChronoUnit.DAYS.between(current.from(), current.to()) + 1;
		line(pages, "Période : " + KpiFormat.period(current.from(), current.to()) + " (" + days + " jour"
				+ ((days > 1) ? "s" : "") + ")");
		line(pages, "Période précédente, pour comparaison : " + KpiFormat.period(previous.from(), previous.to()));
		line(pages, "Édité le " + STAMP.format(generatedAt) + " · données simulées (POC, sans base de données)");
		pages.down(14);
	}

	private static void line(PdfPages pages, String text) {
		pages.text(pages.regular, 10, PdfPages.MARGIN, pages.y() - 10, text);
		pages.down(ROW);
	}

	private static void totals(PdfPages pages, KpiReport current, KpiReport previous) {
		KpiComparison.Summary now = KpiComparison.Summary.of(current);
		KpiComparison.Summary before = KpiComparison.Summary.of(previous);
		KpiComparison.Change change = KpiComparison.Change.between(now, before);
		heading(pages, "Totaux de la période");
		row(pages, true, "Indicateur", "Période", "Période précédente", "Évolution");
		row(pages, false, "Visites", KpiFormat.integer(now.visits()), KpiFormat.integer(before.visits()),
				KpiFormat.change(change.visitsPercent()));
		row(pages, false, "Commandes", KpiFormat.integer(now.orders()), KpiFormat.integer(before.orders()),
				KpiFormat.change(change.ordersPercent()));
		row(pages, false, "Taux de conversion", KpiFormat.percent(now.conversionRate()),
				KpiFormat.percent(before.conversionRate()), KpiFormat.points(change.conversionRatePoints()));
		pages.down(12);
	}

	private static void campaigns(PdfPages pages, KpiReport report) {
		heading(pages, "Totaux par campagne");
		row(pages, true, "Campagne", "Visites", "Commandes", "Conversion");
		for (KpiReport.Figures figures : report.totals().campaigns()) {
			row(pages, false, figures.campaign(), KpiFormat.integer(figures.visits()),
					KpiFormat.integer(figures.orders()), KpiFormat.percent(figures.conversionRate()));
		}
		KpiReport.Totals totals = report.totals();
		row(pages, true, "Total", KpiFormat.integer(totals.visits()), KpiFormat.integer(totals.orders()),
				KpiFormat.percent(totals.conversionRate()));
		pages.down(12);
	}

	private static void chart(PdfPages pages, KpiReport report) throws IOException {
		float height = 190;
		pages.ensure(height + 40);
		heading(pages, "Visites et commandes par jour");
		pages.down(12);
		PdfChart.draw(pages, report.days(), pages.y(), height);
		pages.down(height + 12);
	}

	private static void daily(PdfPages pages, List<KpiReport.Day> days) {
		pages.ensure(3 * ROW + 20);
		heading(pages, "Indicateurs par jour, toutes campagnes");
		row(pages, true, "Date", "Visites", "Commandes", "Conversion");
		for (KpiReport.Day day : days) {
			if (pages.ensure(ROW)) {
				heading(pages, "Indicateurs par jour (suite)");
				row(pages, true, "Date", "Visites", "Commandes", "Conversion");
			}
			row(pages, false, KpiFormat.date(day.date()), KpiFormat.integer(day.visits()),
					KpiFormat.integer(day.orders()), KpiFormat.percent(day.conversionRate()));
		}
	}

	private static void heading(PdfPages pages, String text) {
		pages.text(pages.bold, 12, PdfPages.MARGIN, pages.y() - 12, text);
		pages.down(20);
	}

	/**
	 * One table row: a label on the left, three right-aligned values; a rule under a
	 * header.
	 */
	private static void row(PdfPages pages, boolean strong, String label, String... values) {
		float baseline = pages.y() - 10;
		pages.text(strong ? pages.bold : pages.regular, 9, PdfPages.MARGIN, baseline, label);
		for (int i = 0; i < values.length; i++) {
			pages.textRight(strong ? pages.bold : pages.regular, 9, COLUMNS[i], baseline, values[i]);
		}
		pages.down(ROW);
		if (strong) {
			pages.rule(PdfPages.MARGIN, PdfPages.RIGHT, pages.y() + 2, 0.6f);
		}
	}

}
