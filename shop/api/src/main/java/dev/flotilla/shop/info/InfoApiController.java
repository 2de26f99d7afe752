package dev.flotilla.shop.info;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.health.RuntimeInfo;

@RestController
@Tag(name = "Système", description = "Version, uptime and database state")
class InfoApiController {

	private final RuntimeInfo runtime;

	private final DataSource dataSource;

	private final String application;

	InfoApiController(RuntimeInfo runtime, DataSource dataSource, Environment environment) {
		this.runtime = runtime;
		this.dataSource = dataSource;
		this.application = environment.getProperty("spring.application.name", "shop-api");
	}

	@GetMapping("/api/info")
	@Operation(summary = "System information and version (the seed's route)")
	ResponseEntity<InfoResponse> info() {
		InfoResponse body = new InfoResponse(this.application, this.runtime.version(),
				System.getProperty("java.version"), database(), this.runtime.startedAt(),
				this.runtime.uptime().toSeconds());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	private InfoResponse.Database database() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String product = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
			return new InfoResponse.Database(product, connection.isValid(2));
		}
		catch (SQLException ex) {
			return new InfoResponse.Database(null, false);
		}
	}

}
