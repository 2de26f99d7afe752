package dev.flotilla.datapress.kpi;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF report read back with PDFBox's text extraction: what a reader of the printed
 * report sees.
 */
class KpiPdfTests {

	private final KpiGenerator generator = new KpiGenerator();

	private final Instant generatedAt = Instant.parse("2025-03-01T08:30:00Z");

	@Test
	void showsTitlePeriodsTotalsWithThePreviousPeriodAndEveryDay() throws IOException {
		KpiReport february = this.generator.report(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
		KpiReport previous = this.generator.report(LocalDate.of(2025, 1, 4), LocalDate.of(2025, 1, 31));
		String text = text(KpiPdf.write(february, previous, this.generatedAt));

		assertThat(text).contains("DataPress – Rapport des indicateurs marketing")
			.contains("Période : du 01/02/2025 au 28/02/2025 (28 jours)")
			.contains("Période précédente, pour comparaison : du 04/01/2025 au 31/01/2025")
			.contains("Édité le 01/03/2025 à 08:30 UTC");
		KpiComparison.Change change = KpiComparison.Change.between(KpiComparison.Summary.of(february),
				KpiComparison.Summary.of(previous));
		assertThat(text).contains("Visites " + grouped(february.totals().visits()) + " "
				+ grouped(previous.totals().visits()) + " " + signed(change.visitsPercent().toPlainString()) + " %");
		assertThat(text).contains("Taux de conversion " + comma(february.totals().conversionRate().toPlainString())
				+ " % " + comma(previous.totals().conversionRate().toPlainString()) + " % "
				+ signed(change.conversionRatePoints().toPlainString()) + " pt");
		KpiReport.Day day = february.days().get(13);
		assertThat(text).contains("14/02/2025 " + grouped(day.visits()) + " " + grouped(day.orders()) + " "
				+ comma(day.conversionRate().toPlainString()) + " %");
		assertThat(text).contains("Newsletter " + grouped(february.totals().campaigns().get(0).visits()));
		assertThat(text).contains("Visites et commandes par jour");
	}

	@Test
	void aFullYearContinuesTheDailyTableOnNumberedPages() throws IOException {
		KpiReport year = this.generator.report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
		KpiReport previous = this.generator.report(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
		byte[] pdf = KpiPdf.write(year, previous, this.generatedAt);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(5);
			String text = normalized(new PDFTextStripper().getText(document));
			assertThat(text).contains("Indicateurs par jour (suite)")
				.contains("31/12/2024 " + grouped(year.days().get(365).visits()))
				.contains("page " + pages + " / " + pages);
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("DataPress – Rapport des indicateurs marketing, du 01/01/2024 au 31/12/2024");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
		}
	}

	@Test
	void aSingleDayStillGetsItsChartAndRow() throws IOException {
		LocalDate day = LocalDate.of(2025, 5, 5);
		String text = text(KpiPdf.write(this.generator.report(day, day),
				this.generator.report(day.minusDays(1), day.minusDays(1)), this.generatedAt));
		assertThat(text).contains("Période : du 05/05/2025 au 05/05/2025 (1 jour)").contains("05/05/2025 ");
	}

	@Test
	void formatsFiguresTheFrenchWay() {
		assertThat(KpiFormat.integer(1234567)).isEqualTo("1\u00a0234\u00a0567");
		assertThat(KpiFormat.integer(999)).isEqualTo("999");
		assertThat(KpiFormat.percent(new java.math.BigDecimal("3.65"))).isEqualTo("3,65\u00a0%");
		assertThat(KpiFormat.change(new java.math.BigDecimal("-12.50"))).isEqualTo("-12,50\u00a0%");
		assertThat(KpiFormat.change(null)).isEqualTo("—");
		assertThat(KpiFormat.points(new java.math.BigDecimal("0.15"))).isEqualTo("+0,15\u00a0pt");
		assertThat(PdfChart.niceMax(1234)).isEqualTo(2000);
	}

	private static String text(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return normalized(stripper.getText(document));
		}
	}

	/** No-break spaces read back as plain ones, to keep the expectations readable. */
	static String normalized(String text) {
		return text.replace('\u00a0', ' ');
	}

	static String grouped(long value) {
		return normalized(KpiFormat.integer(value));
	}

	private static String comma(String plain) {
		return plain.replace('.', ',');
	}

	private static String signed(String plain) {
		return (plain.startsWith("-") ? "" : "+") + comma(plain);
	}

}
