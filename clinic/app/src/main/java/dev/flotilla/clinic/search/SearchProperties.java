package dev.flotilla.clinic.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search page cache ({@link SearchCache}).
 *
 * @param cacheTtl how long a page is reused ({@code CLINIC_SEARCH_CACHE_TTL}); {@code 0}
 * turns the cache off
 * @param cacheSize how many pages are kept at most
 */
@ConfigurationProperties("clinic.search")
record SearchProperties(@DefaultValue("100ms") Duration cacheTtl, @DefaultValue("10000") long cacheSize) {
}
