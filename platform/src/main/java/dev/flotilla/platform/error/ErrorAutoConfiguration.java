package dev.flotilla.platform.error;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;

/**
 * The one JSON error shape: an exception handler for Spring MVC and an error controller
 * for everything that reaches the container's error dispatch.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class, after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ErrorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ApiErrors apiErrors(ObjectProvider<ApiErrorBodyCustomizer> customizers, JsonMapper jsonMapper) {
		return new ApiErrors(customizers.orderedStream().toList(), jsonMapper);
	}

	@Bean
	ApiExceptionHandler apiExceptionHandler(ApiErrors errors) {
		return new ApiExceptionHandler(errors);
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	JsonErrorController jsonErrorController(ApiErrors errors) {
		return new JsonErrorController(errors);
	}

}
