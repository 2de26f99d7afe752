package dev.flotilla.shop.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalogue's caching.
 *
 * @param freshness how long an instance trusts the catalogue version it last read before
 * reading it again: the bound on how stale its list and pages can be after a write made
 * through another instance (writes through this instance are seen at once); zero reads
 * the version on every request
 */
@ConfigurationProperties("shop.catalog")
public record CatalogProperties(@DefaultValue("100ms") Duration freshness) {

	public CatalogProperties {
		if (freshness.isNegative()) {
			throw new IllegalArgumentException("shop.catalog.freshness must not be negative");
		}
	}

}
