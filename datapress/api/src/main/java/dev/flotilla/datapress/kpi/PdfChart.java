package dev.flotilla.datapress.kpi;

import java.io.IOException;
import java.util.List;
import java.util.function.ToLongFunction;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The report's chart, drawn with PDF path operators: visits per day (solid, left axis)
 * and orders per day (dashed, right axis), with gridlines on round values and a few date
 * labels. Dashes tell the two lines apart on a black-and-white print.
 */
final class PdfChart {

	private static final int INTERVALS = 4;

	private static final float[] VISITS = { 0.12f, 0.37f, 0.66f };

	private static final float[] ORDERS = { 0.65f, 0.26f, 0f };

	private PdfChart() {
	}

	/**
	 * Draw the chart in the box whose top edge is {@code top}, across the page's text
	 * width.
	 */
	static void draw(PdfPages pages, List<KpiReport.Day> days, float top, float height) throws IOException {
		PDPageContentStream content = pages.content();
		float left = PdfPages.MARGIN + 42;
		float right = PdfPages.RIGHT - 42;
		float bottom = top - height + 28;
		long visitsMax = niceMax(days.stream().mapToLong(KpiReport.Day::visits).max().orElse(0));
		long ordersMax = niceMax(days.stream().mapToLong(KpiReport.Day::orders).max().orElse(0));
		content.setLineWidth(0.5f);
		content.setStrokingColor(0.85f, 0.87f, 0.9f);
		for (int i = 0; i <= INTERVALS; i++) {
			float at = bottom + (top - bottom) * i / INTERVALS;
			content.moveTo(left, at);
			content.lineTo(right, at);
			content.stroke();
			pages.textRight(pages.regular, 7, left - 4, at - 2, KpiFormat.integer(visitsMax * i / INTERVALS));
			pages.text(pages.regular, 7, right + 4, at - 2, KpiFormat.integer(ordersMax * i / INTERVALS));
		}
		// The axis titles double as the legend: a sample of each line beside its name.
		pages.text(pages.bold, 7, PdfPages.MARGIN + 20, top + 8, "Visites");
		sample(content, PdfPages.MARGIN, top + 10, VISITS, new float[0]);
		float ordersTitle = PdfPages.RIGHT - pages.width(pages.bold, 7, "Commandes");
		pages.text(pages.bold, 7, ordersTitle, top + 8, "Commandes");
		sample(content, ordersTitle - 20, top + 10, ORDERS, new float[] { 4, 2 });
		Box box = new Box(left, right, bottom, top, days.size() - 1);
		line(content, days, KpiReport.Day::visits, visitsMax, box, VISITS, new float[0]);
		line(content, days, KpiReport.Day::orders, ordersMax, box, ORDERS, new float[] { 4, 2 });
		int[] labelled = (box.last() < 2) ? new int[] { 0, box.last() } : new int[] { 0, box.last() / 2, box.last() };
		for (int index : labelled) {
			String label = KpiFormat.date(days.get(index).date());
			pages.text(pages.regular, 7, box.x(index) - pages.width(pages.regular, 7, label) / 2, bottom - 12, label);
		}
	}

	private static void line(PDPageContentStream content, List<KpiReport.Day> days, ToLongFunction<KpiReport.Day> value,
			long max, Box box, float[] rgb, float[] dash) throws IOException {
		content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
		content.setLineWidth(1.4f);
		content.setLineDashPattern(dash, 0);
		for (int i = 0; i <= box.last(); i++) {
			float y = box.y(value.applyAsLong(days.get(i)), max);
			if (i == 0) {
				content.moveTo(box.x(i), y);
			}
			else {
				content.lineTo(box.x(i), y);
			}
		}
		if (box.last() == 0) {
			// One day: a dot-sized stroke, so the single value still shows.
			content.lineTo(box.x(0) + 0.5f, box.y(value.applyAsLong(days.get(0)), max));
		}
		content.stroke();
		content.setLineDashPattern(new float[0], 0);
	}

	private static void sample(PDPageContentStream content, float x, float y, float[] rgb, float[] dash)
			throws IOException {
		content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
		content.setLineWidth(1.4f);
		content.setLineDashPattern(dash, 0);
		content.moveTo(x, y);
		content.lineTo(x + 16, y);
		content.stroke();
		content.setLineDashPattern(new float[0], 0);
	}

	/** The plot area, and the index of the last day along its width. */
	private record Box(float left, float right, float bottom, float top, int last) {

		float x(int index) {
			return (this.last == 0) ? (this.left + this.right) / 2
					: this.left + (this.right - this.left) * index / this.last;
		}

		float y(long value, long max) {
			return this.bottom + (this.top - this.bottom) * value / max;
		}

	}

	/**
	 * The axis maximum: 1, 2, 2.5 or 5 × 10^k per interval, as the front's chart does.
	 */
	static long niceMax(long max) {
		double raw = Math.max(max, 1) / (double) INTERVALS;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = magnitude * 10;
		for (double multiple : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (multiple * magnitude >= raw - 1e-9) {
				step = multiple * magnitude;
				break;
			}
		}
		return Math.max(INTERVALS, (long) Math.ceil(step) * INTERVALS);
	}

}
