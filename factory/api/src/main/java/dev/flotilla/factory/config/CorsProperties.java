package dev.flotilla.factory.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Origins whose browser pages may call the API ({@code factory.cors.allowed-origins}).
 *
 * @param allowedOrigins exact origins such as {@code https://ci.example.org}; empty
 * allows none
 */
@ConfigurationProperties("factory.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
