package dev.flotilla.datapress.status;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * DataPress settings, fed by the seed's variables ({@code APP_ENV}, {@code BANNER} from
 * the ConfigMap, {@code DB_PASSWORD} from the Secret).
 *
 * @param environment the environment name shown by the front, e.g. {@code recette}
 * @param banner the banner shown by the front
 * @param dbPassword the database password; only whether it is set is ever shown
 */
@ConfigurationProperties("datapress")
record DatapressProperties(String environment, String banner, String dbPassword) {

	@Override
	public String toString() {
		return "DatapressProperties[environment=" + this.environment + ", banner=" + this.banner + "]";
	}

}
