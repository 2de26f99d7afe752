package dev.flotilla.clinic.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import dev.flotilla.platform.error.ApiException;

/**
 * Form checks for the UI: the same Bean Validation rules as the API, as messages per
 * field shown beside the inputs.
 */
@Component
public class FormErrors {

	private final Validator validator;

	FormErrors(Validator validator) {
		this.validator = validator;
	}

	/**
	 * The violations of a request, by field.
	 * @param request the request built from the form
	 * @return field name to message, empty when valid
	 */
	public Map<String, String> of(Object request) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(request)) {
			String path = violation.getPropertyPath().toString();
			int bracket = path.indexOf('[');
			errors.putIfAbsent((bracket > 0) ? path.substring(0, bracket) : path, violation.getMessage());
		}
		return errors;
	}

	/**
	 * Run an action that may be refused by a domain rule.
	 * @param <T> the action's result
	 * @param errors where to put the refusal, under {@code "global"}
	 * @param action the action
	 * @return the result, or {@code null} when refused
	 */
	public static <T> T attempt(Map<String, String> errors, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ApiException ex) {
			errors.put("global", ex.getMessage());
			return null;
		}
	}

}
