package dev.flotilla.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.error.ErrorAutoConfiguration;

/**
 * Registers the request body limit and, on Tomcat, the JSON error report for the errors
 * Tomcat answers itself and the 4xx for requests whose parameters or multipart body
 * cannot be read.
 */
@AutoConfiguration(after = ErrorAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformWebProperties.class)
public class PlatformWebAutoConfiguration {

	@Bean
	@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReportValveCustomizer() {
		return new JsonErrorReportValveCustomizer();
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(PlatformWebProperties properties,
			ApiErrors errors) {
		var registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(properties.maxBodySize().toBytes(), errors));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * Spring Security's default headers for the systems without it: with it, its
	 * {@code HeaderWriterFilter} writes them, as each system configured it.
	 */
	@Bean
	@ConditionalOnMissingClass("org.springframework.security.web.SecurityFilterChain")
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
		// Ahead of every filter that may answer on its own (HTTP Basic, body limit).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	DecimalNumbers decimalNumbers() {
		return new DecimalNumbers();
	}

	@Bean
	@ConditionalOnClass(name = "org.apache.tomcat.util.http.InvalidParameterException")
	FilterRegistrationBean<UnreadableRequestFilter> unreadableRequestFilter(ApiErrors errors) {
		var registration = new FilterRegistrationBean<>(new UnreadableRequestFilter(errors));
		// After the character encoding filter and the body limit, before Spring Security.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
		return registration;
	}

}
