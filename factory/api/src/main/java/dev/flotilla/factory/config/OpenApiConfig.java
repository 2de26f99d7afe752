package dev.flotilla.factory.config;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The bearer scheme that every protected operation refers to in {@code /apidocs}.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiConfig.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
		description = "The access_token from POST /login")
public class OpenApiConfig {

	/**
	 * The scheme's name, for {@code @SecurityRequirement(name = OpenApiConfig.BEARER)}.
	 */
	public static final String BEARER = "bearer";

}
