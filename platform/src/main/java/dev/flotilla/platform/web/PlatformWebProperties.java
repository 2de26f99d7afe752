package dev.flotilla.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP settings shared by every system ({@code platform.web.*}).
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413
 */
@ConfigurationProperties("platform.web")
record PlatformWebProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
