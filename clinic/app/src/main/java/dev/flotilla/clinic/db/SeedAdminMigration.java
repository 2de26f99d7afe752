package dev.flotilla.clinic.db;

import java.sql.PreparedStatement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Migration 2: the default {@code admin} user, with the password of
 * {@code clinic.admin-password} hashed at migration time (a hash cannot sit in a SQL
 * file: the password comes from the configuration, and the {@code prod} profile refuses
 * the packaged default).
 */
@Component
class SeedAdminMigration implements JavaMigration {

	private static final int ADMIN_ROLE = 3;

	private final PasswordEncoder passwordEncoder;

	private final String adminPassword;

	private final SqlDialect dialect;

	SeedAdminMigration(PasswordEncoder passwordEncoder, AdminProperties admin, SqlDialect dialect) {
		this.passwordEncoder = passwordEncoder;
		this.adminPassword = admin.adminPassword();
		this.dialect = dialect;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "Seed admin user";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		String sql = "INSERT INTO " + this.dialect.userTable()
				+ " (username, password_hash, role_id, enabled) VALUES (?, ?, ?, ?)";
		try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			insert.setString(1, "admin");
			insert.setString(2, this.passwordEncoder.encode(this.adminPassword));
			insert.setInt(3, ADMIN_ROLE);
			insert.setBoolean(4, true);
			insert.executeUpdate();
		}
	}

}
