package dev.flotilla.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A {@link PasswordEncoder} for every system: Spring Security's delegating encoder
 * (bcrypt for new hashes, each hash tagged with its algorithm so it can change later),
 * never failing on a password over BCrypt's 72 bytes
 * ({@link BcryptLimitPasswordEncoder}). Systems build a {@link BasicCredentialsVerifier}
 * and a {@link BasicAuthenticationFilter} on it.
 */
@AutoConfiguration
@ConditionalOnClass(PasswordEncoder.class)
public class PasswordHashingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PasswordEncoder passwordEncoder() {
		return new BcryptLimitPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

}
