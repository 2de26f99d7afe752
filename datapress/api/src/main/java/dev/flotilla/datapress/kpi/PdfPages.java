package dev.flotilla.datapress.kpi;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages written top to bottom: a cursor that moves down, a new page when the next
 * block does not fit, and the "page n / N" footers once every page is known. Uses the
 * standard Helvetica fonts, so nothing is embedded and the report stays small.
 */
final class PdfPages implements AutoCloseable {

	static final float MARGIN = 50;

	static final float WIDTH = PDRectangle.A4.getWidth();

	static final float RIGHT = WIDTH - MARGIN;

	private static final float BOTTOM = 60;

	final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDDocument document;

	private PDPageContentStream content;

	private float y;

	PdfPages(PDDocument document) {
		this.document = document;
		newPage();
	}

	/** The content of the current page, to draw on directly (the chart). */
	PDPageContentStream content() {
		return this.content;
	}

	float y() {
		return this.y;
	}

	/** Move the cursor down by {@code height}. */
	void down(float height) {
		this.y -= height;
	}

	/** Start a new page unless {@code height} still fits above the bottom margin. */
	boolean ensure(float height) {
		if (this.y - height >= BOTTOM) {
			return false;
		}
		newPage();
		return true;
	}

	void text(PDFont font, float size, float x, float baseline, String text) {
		try {
			this.content.beginText();
			this.content.setFont(font, size);
			this.content.newLineAtOffset(x, baseline);
			this.content.showText(text);
			this.content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text whose right edge is at {@code right}. */
	void textRight(PDFont font, float size, float right, float baseline, String text) {
		text(font, size, right - width(font, size, text), baseline, text);
	}

	float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void rule(float x1, float x2, float at, float lineWidth) {
		try {
			this.content.setLineWidth(lineWidth);
			this.content.setStrokingColor(0.6f, 0.64f, 0.69f);
			this.content.moveTo(x1, at);
			this.content.lineTo(x2, at);
			this.content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void newPage() {
		closeContent();
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		try {
			this.content = new PDPageContentStream(this.document, page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private void closeContent() {
		if (this.content != null) {
			try {
				this.content.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Close the last page, then write "DataPress – POC · page n / N" at the foot of each.
	 */
	@Override
	public void close() throws IOException {
		closeContent();
		this.content = null;
		int count = this.document.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			try (PDPageContentStream footer = new PDPageContentStream(this.document, this.document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String text = "DataPress – POC · données simulées · page " + (i + 1) + " / " + count;
				footer.beginText();
				footer.setFont(this.regular, 8);
				footer.setNonStrokingColor(0.3f, 0.33f, 0.38f);
				footer.newLineAtOffset(MARGIN, 30);
				footer.showText(text);
				footer.endText();
			}
		}
	}

}
