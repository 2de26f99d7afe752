package dev.flotilla.factory.project;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The project list ({@code factory.projects.*}).
 *
 * @param listCacheTtl how long a list page is reused (0 = never): a change on this
 * replica is seen at once, one on another replica within this time
 */
@ConfigurationProperties("factory.projects")
record ProjectProperties(@DefaultValue("100ms") Duration listCacheTtl) {
}
