package dev.flotilla.clinic.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The QIDO-RS study search's query keys in the API document, one parameter each, written
 * from {@link QidoAttribute}, the table the parser matches with: the document cannot list
 * a key the search refuses, or miss one it accepts.
 */
@Configuration(proxyBeanMethods = false)
class QidoOpenApi {

	@Bean
	OperationCustomizer qidoStudyParameters() {
		return (operation, handlerMethod) -> {
			if (handlerMethod.getBeanType() == DicomWebController.class) {
				List<Parameter> parameters = new ArrayList<>();
				for (QidoAttribute attribute : QidoAttribute.values()) {
					if (attribute.matching() != QidoAttribute.Matching.NONE) {
						parameters.add(query(attribute.keyword(), "Matching: " + attribute.matching().description()
								+ ". Also by its tag, " + attribute.tag() + ".", new StringSchema()));
					}
				}
				parameters.add(query("limit", "At most this many studies (1 or more; above " + QidoQuery.MAX_LIMIT
						+ ", or absent: " + QidoQuery.MAX_LIMIT + ").", new IntegerSchema().minimum(BigDecimal.ONE)));
				parameters.add(query("offset", "Studies to skip (0 to " + QidoQuery.MAX_OFFSET + ").",
						new IntegerSchema().minimum(BigDecimal.ZERO)
							.maximum(BigDecimal.valueOf(QidoQuery.MAX_OFFSET))));
				parameters.add(query("includefield",
						"More attributes to return, by keyword or tag, comma-separated or repeated; `all` for every one.",
						new StringSchema()));
				parameters.add(query("fuzzymatching", "Person names ignore case and accents.", new BooleanSchema()));
				operation.setParameters(parameters);
			}
			return operation;
		};
	}

	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
	}

}
