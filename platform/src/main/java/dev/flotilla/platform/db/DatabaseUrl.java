package dev.flotilla.platform.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A database URL in the style the seeds use (SQLAlchemy / twelve-factor:
 * {@code postgresql://u:p@host:5432/db}, {@code postgresql+psycopg2://…},
 * {@code mysql+pymysql://…}, {@code mariadb://…}) translated to JDBC.
 *
 * @param jdbcUrl the JDBC URL, without credentials
 * @param username the user name, or {@code null} when the URL has none
 * @param password the password, or {@code null} when the URL has none
 * @param driverClassName the JDBC driver class
 */
record DatabaseUrl(String jdbcUrl, @Nullable String username, @Nullable String password, String driverClassName) {

	private static final String POSTGRES_DRIVER = "org.postgresql.Driver";

	private static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";

	/**
	 * Parse a seed-style database URL.
	 * @param url the URL, for example
	 * {@code postgresql+psycopg2://usine:usine@db:5432/usine}
	 * @return the JDBC equivalent
	 * @throws IllegalArgumentException if the URL is malformed or its database
	 * unsupported
	 */
	static DatabaseUrl parse(String url) {
		URI uri = toUri(url.trim());
		String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
		String dialect = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			throw new IllegalArgumentException("The database URL has no host");
		}
		String database = (uri.getRawPath() != null) ? uri.getRawPath().replaceFirst("^/", "") : "";
		if (database.isEmpty()) {
			throw new IllegalArgumentException("The database URL has no database name");
		}
		String[] credentials = credentials(uri.getRawUserInfo());
		return switch (dialect) {
			case "postgresql", "postgres", "pgsql" ->
				new DatabaseUrl(jdbc("postgresql", host, port(uri, 5432), database, uri.getRawQuery(), false),
						credentials[0], credentials[1], POSTGRES_DRIVER);
			case "mysql", "mariadb" ->
				new DatabaseUrl(jdbc("mariadb", host, port(uri, 3306), database, uri.getRawQuery(), true),
						credentials[0], credentials[1], MARIADB_DRIVER);
			default -> throw new IllegalArgumentException(
					"Unsupported database '" + dialect + "'; use postgresql://, mysql:// or mariadb://");
		};
	}

	private static URI toUri(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			// Never echo the URL: it holds a password.
			throw new IllegalArgumentException("The database URL is malformed at index " + ex.getIndex());
		}
	}

	private static int port(URI uri, int defaultPort) {
		return (uri.getPort() > 0) ? uri.getPort() : defaultPort;
	}

	private static String[] credentials(@Nullable String rawUserInfo) {
		if (rawUserInfo == null || rawUserInfo.isEmpty()) {
			return new String[] { null, null };
		}
		int colon = rawUserInfo.indexOf(':');
		String user = (colon < 0) ? rawUserInfo : rawUserInfo.substring(0, colon);
		String password = (colon < 0) ? null : decode(rawUserInfo.substring(colon + 1));
		return new String[] { decode(user), password };
	}

	private static String decode(String value) {
		return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static String jdbc(String driver, String host, int port, String database, @Nullable String query,
			boolean dropPythonOptions) {
		String options = (query != null) ? query : "";
		if (dropPythonOptions) {
			// charset=utf8mb4 is a PyMySQL option; MariaDB Connector/J always speaks
			// utf8mb4.
			options = Arrays.stream(options.split("&"))
				.filter((option) -> !option.isEmpty() && !option.startsWith("charset="))
				.collect(Collectors.joining("&"));
		}
		String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
		return "jdbc:" + driver + "://" + hostPart + ":" + port + "/" + database
				+ (options.isEmpty() ? "" : "?" + options);
	}

}
