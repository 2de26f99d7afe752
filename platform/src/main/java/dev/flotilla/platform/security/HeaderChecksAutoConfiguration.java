package dev.flotilla.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall and bearer-token resolver with their default rules, checked
 * by {@link HeaderChecks} and {@link Token68BearerTokenResolver} instead of regular
 * expressions. A system's own beans win.
 */
@AutoConfiguration
@ConditionalOnClass(StrictHttpFirewall.class)
public class HeaderChecksAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(HttpFirewall.class)
	static StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderChecks.assignedAndNotControl());
		firewall.setAllowedHeaderValues(HeaderChecks.headerValue());
		firewall.setAllowedParameterNames(HeaderChecks.assignedAndNotControl());
		return firewall;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(BearerTokenResolver.class)
	static class BearerTokens {

		@Bean
		@ConditionalOnMissingBean
		static BearerTokenResolver bearerTokenResolver() {
			return new Token68BearerTokenResolver();
		}

	}

}
