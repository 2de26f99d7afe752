package dev.flotilla.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderChecksAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HeaderChecksAutoConfiguration.class));

	@Test
	void givesTheFirewallAndTheBearerResolverToResourceServers() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(HttpFirewall.class)
			.getBean(BearerTokenResolver.class)
			.isInstanceOf(Token68BearerTokenResolver.class));
	}

	@Test
	void givesOnlyTheFirewallToSystemsWithoutBearerTokens() {
		this.runner.withClassLoader(new FilteredClassLoader(BearerTokenResolver.class))
			.run((context) -> assertThat(context).hasSingleBean(HttpFirewall.class)
				.doesNotHaveBean("bearerTokenResolver"));
	}

	@Test
	void leavesASystemsOwnFirewall() {
		StrictHttpFirewall own = new StrictHttpFirewall();
		this.runner.withBean(HttpFirewall.class, () -> own)
			.run((context) -> assertThat(context.getBean(HttpFirewall.class)).isSameAs(own));
	}

}
