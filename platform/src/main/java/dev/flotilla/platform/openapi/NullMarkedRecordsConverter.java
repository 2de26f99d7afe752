package dev.flotilla.platform.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * Records of null-marked code (JSpecify {@code @NullMarked} on the package or class) say
 * in their types which components may be null: the document says the same. A component
 * without {@code @Nullable} (or with {@code @NotNull}) is required; a {@code @Nullable}
 * one may be {@code null} ({@code type: [..., "null"]}, or {@code anyOf} a reference and
 * {@code null}).
 */
final class NullMarkedRecordsConverter implements ModelConverter {

	private static final String REF_PREFIX = "#/components/schemas/";

	@Override
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> schema = chain.next().resolve(type, context, chain);
		Class<?> raw = rawClass(type);
		if (schema == null || raw == null || !raw.isRecord() || !isNullMarked(raw)) {
			return schema;
		}
		Schema<?> model = schema;
		if (schema.get$ref() != null && schema.get$ref().startsWith(REF_PREFIX)) {
			model = context.getDefinedModels().get(schema.get$ref().substring(REF_PREFIX.length()));
		}
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		for (RecordComponent component : raw.getRecordComponents()) {
			if (component.isAnnotationPresent(JsonIgnore.class)) {
				continue;
			}
			String name = propertyName(component);
			Schema<?> property = model.getProperties().get(name);
			if (property == null) {
				continue;
			}
			if (isNullable(component) && !has(component, "NotNull")) {
				model.getProperties().put(name, nullable(property));
				if (model.getRequired() != null) {
					model.getRequired().remove(name);
				}
			}
			else if (model.getRequired() == null || !model.getRequired().contains(name)) {
				model.addRequiredItem(name);
			}
		}
		return schema;
	}

	private static @Nullable Class<?> rawClass(AnnotatedType type) {
		if (type.getType() == null) {
			return null;
		}
		try {
			return Json.mapper().constructType(type.getType()).getRawClass();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static boolean isNullMarked(Class<?> type) {
		for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
			if (at.isAnnotationPresent(NullUnmarked.class)) {
				return false;
			}
			if (at.isAnnotationPresent(NullMarked.class)) {
				return true;
			}
		}
		Package pkg = type.getPackage();
		return pkg != null && pkg.isAnnotationPresent(NullMarked.class);
	}

	private static String propertyName(RecordComponent component) {
		JsonProperty property = component.getAnnotation(JsonProperty.class);
		if (property == null && component.getAccessor() != null) {
			property = component.getAccessor().getAnnotation(JsonProperty.class);
		}
		return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
	}

	/**
	 * JSpecify's {@code @Nullable} or any other annotation of that name; a request field
	 * that is {@code @Nullable} in Java but {@code @NotNull} to validation stays
	 * required.
	 */
	private static boolean isNullable(RecordComponent component) {
		return has(component, "Nullable");
	}

	private static boolean has(RecordComponent component, String annotationName) {
		return has(component.getAnnotatedType(), annotationName) || has((AnnotatedElement) component, annotationName)
				|| (component.getAccessor() != null
						&& has(component.getAccessor().getAnnotatedReturnType(), annotationName));
	}

	private static boolean has(AnnotatedElement element, String annotationName) {
		return Arrays.stream(element.getAnnotations())
			.map(Annotation::annotationType)
			.anyMatch((annotation) -> annotation.getSimpleName().equals(annotationName));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> nullable(Schema<?> property) {
		if (property.get$ref() != null) {
			Schema any = new Schema<>();
			any.setAnyOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
			return any;
		}
		if (property.getTypes() != null && !property.getTypes().isEmpty()) {
			property.addType("null");
		}
		else if (property.getType() != null) {
			property.addType(property.getType());
			property.addType("null");
		}
		return property;
	}

	private static Schema<?> nullSchema() {
		Schema<?> schema = new Schema<>();
		schema.addType("null");
		return schema;
	}

}
