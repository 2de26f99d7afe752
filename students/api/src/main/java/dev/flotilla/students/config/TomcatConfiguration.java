package dev.flotilla.students.config;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names may hold a {@code /}, sent as {@code %2F}. Tomcat refuses an encoded slash by
 * default (400); passing it through undecoded keeps it inside one path segment, which
 * Spring MVC decodes into the path variable, so it can never change which route matches.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashInNames() {
		return (factory) -> factory.addConnectorCustomizers(
				(connector) -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
	}

}
