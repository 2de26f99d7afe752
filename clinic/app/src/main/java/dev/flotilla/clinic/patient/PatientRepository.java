package dev.flotilla.clinic.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.flotilla.clinic.db.DataChanges;
import dev.flotilla.clinic.dicom.DicomNames;
import dev.flotilla.clinic.dicom.DicomNames.FoldedName;

/**
 * Patients in the {@code patient} table, with their folded search columns kept in step.
 */
@Repository
class PatientRepository {

	private static final String COLUMNS = "id, patient_id, issuer_of_patient_id, patient_name, birth_date, sex, comments";

	private final JdbcClient jdbc;

	private final DataChanges changes;

	PatientRepository(JdbcClient jdbc, DataChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	Optional<Patient> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE id = ?")
			.param(id)
			.query(PatientRepository::map)
			.optional();
	}

	Optional<Patient> findByPatientId(String patientId, String issuer) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE patient_id = ? AND issuer_of_patient_id = ?")
			.param(patientId)
			.param(Objects.requireNonNullElse(issuer, ""))
			.query(PatientRepository::map)
			.optional();
	}

	long insert(PatientRequest request) {
		FoldedName name = DicomNames.foldName(request.patientName());
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO patient (patient_id, issuer_of_patient_id, patient_name, family_search, given_search,"
					+ " name_search, birth_date, sex, comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(request.patientId(), issuer(request), request.patientName(), name.family(), name.given(),
					name.whole(), request.patientBirthDate(), request.patientSex(), request.patientComments())
			.update(keys, "id");
		this.changes.changed();
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	boolean update(long id, PatientRequest request) {
		FoldedName name = DicomNames.foldName(request.patientName());
		int updated = this.jdbc
			.sql("UPDATE patient SET patient_id = ?, issuer_of_patient_id = ?, patient_name = ?, family_search = ?,"
					+ " given_search = ?, name_search = ?, birth_date = ?, sex = ?, comments = ? WHERE id = ?")
			.params(request.patientId(), issuer(request), request.patientName(), name.family(), name.given(),
					name.whole(), request.patientBirthDate(), request.patientSex(), request.patientComments(), id)
			.update();
		this.changes.changed();
		return updated == 1;
	}

	long countStudies(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM study WHERE patient_ref = ?").param(id).query(Long.class).single();
	}

	@Transactional
	boolean delete(long id, boolean withStudies) {
		if (withStudies) {
			this.jdbc.sql("DELETE FROM study WHERE patient_ref = ?").param(id).update();
		}
		int deleted = this.jdbc.sql("DELETE FROM patient WHERE id = ?").param(id).update();
		this.changes.changed();
		return deleted == 1;
	}

	private static String issuer(PatientRequest request) {
		return (request.issuerOfPatientId() != null) ? request.issuerOfPatientId().strip() : "";
	}

	static Patient map(ResultSet rs, int row) throws SQLException {
		return new Patient(rs.getLong("id"), rs.getString("patient_id"), rs.getString("issuer_of_patient_id"),
				rs.getString("patient_name"), rs.getObject("birth_date", java.time.LocalDate.class),
				rs.getString("sex"), rs.getString("comments"));
	}

}
