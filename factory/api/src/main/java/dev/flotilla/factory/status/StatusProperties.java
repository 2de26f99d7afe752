package dev.flotilla.factory.status;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What {@code /status} says ({@code factory.status.*}).
 *
 * @param version the API version it reports: the seed's {@code 0.1.0}, not the build's
 * artifact version
 */
@ConfigurationProperties("factory.status")
record StatusProperties(@DefaultValue("0.1.0") String version) {
}
