package dev.flotilla.platform.openapi;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a system tells the platform about its API document.
 *
 * @param securitySchemes the schemes its operations may require, by {@link ApiSecurity}
 * name: {@code basic}, {@code bearer}, {@code session}, {@code csrf}
 * @param sessionCookie the session cookie's name, for the {@code session} scheme
 * @param csrfHeader the CSRF token header's name, for the {@code csrf} scheme
 */
@ConfigurationProperties("platform.openapi")
public record OpenApiProperties(@DefaultValue List<String> securitySchemes,
		@DefaultValue("SESSION") String sessionCookie, @DefaultValue("X-CSRF-TOKEN") String csrfHeader) {

}
