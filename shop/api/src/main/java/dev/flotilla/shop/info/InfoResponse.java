package dev.flotilla.shop.info;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * System information and version.
 *
 * @param application the application's name
 * @param version its version
 * @param java the Java runtime version
 * @param baseDeDonnees the database
 * @param demarreLe when the process started
 * @param uptimeSecondes seconds since then
 */
@NullMarked
@Schema(name = "Info")
record InfoResponse(String application, String version, String java, Database baseDeDonnees, Instant demarreLe,
		long uptimeSecondes) {

	/**
	 * The database and whether it answered.
	 *
	 * @param produit product name and version, e.g. {@code PostgreSQL 15.8}, or
	 * {@code null} when it did not answer
	 * @param disponible whether it answered a validity check
	 */
	@Schema(name = "InfoBaseDeDonnees")
	record Database(String produit, boolean disponible) {
	}

}
