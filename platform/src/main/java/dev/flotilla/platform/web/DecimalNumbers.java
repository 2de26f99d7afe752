package dev.flotilla.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Path ids and numeric query parameters in ASCII decimal digits only, in every system.
 * Spring's default conversion reads {@code 0x1} and {@code +1} as 1 ({@code Long.decode})
 * and so does {@code Long.parseLong} with other scripts' digits ({@code ١}): each is now
 * a 400, as {@code abc} was. A property editor registered here is consulted before the
 * conversion service, which a converter added through {@code addFormatters} is not for
 * path variables.
 */
@ControllerAdvice
public class DecimalNumbers {

	@InitBinder
	void decimalDigitsOnly(WebDataBinder binder) {
		binder.registerCustomEditor(long.class, new DecimalEditor(Long::parseLong));
		binder.registerCustomEditor(Long.class, new DecimalEditor(Long::parseLong));
		binder.registerCustomEditor(int.class, new DecimalEditor(Integer::parseInt));
		binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::parseInt));
	}

	/** An optional minus sign, then ASCII digits; out of range fails as not a number. */
	static final class DecimalEditor extends PropertyEditorSupport {

		private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}");

		private final Function<String, Number> parse;

		DecimalEditor(Function<String, Number> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				// As Spring's own conversion: an empty value is an absent one (a
				// primitive
				// then fails as before, a default value applies first).
				setValue(null);
				return;
			}
			if (!DECIMAL.matcher(text).matches()) {
				throw new IllegalArgumentException("Not a decimal number: " + text);
			}
			setValue(this.parse.apply(text));
		}

	}

}
