package dev.flotilla.clinic.study;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.flotilla.clinic.db.DataChanges;
import dev.flotilla.clinic.patient.PatientStudies;

/**
 * Studies in the {@code study} table. ModalitiesInStudy is stored twice: as DICOM shows
 * it ({@code CT\MR}) and delimited for search ({@code |CT|MR|}). Also lists a patient's
 * studies for the patient's page.
 */
@Repository
class StudyRepository implements PatientStudies {

	static final String COLUMNS = "id, patient_ref, study_instance_uid, study_date, study_time, accession_number,"
			+ " study_id, study_description, referring_physician_name, modalities, patient_age, patient_size,"
			+ " patient_weight, number_of_series, number_of_instances";

	private final JdbcClient jdbc;

	private final DataChanges changes;

	StudyRepository(JdbcClient jdbc, DataChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	Optional<Study> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM study WHERE id = ?")
			.param(id)
			.query(StudyRepository::map)
			.optional();
	}

	@Override
	public List<Study> findByPatient(long patient) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM study WHERE patient_ref = ? ORDER BY study_date DESC, id DESC")
			.param(patient)
			.query(StudyRepository::map)
			.list();
	}

	Optional<Long> findIdByUid(String uid) {
		return this.jdbc.sql("SELECT id FROM study WHERE study_instance_uid = ?")
			.param(uid)
			.query(Long.class)
			.optional();
	}

	long insert(String uid, StudyRequest request) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO study (patient_ref, study_instance_uid, study_date, study_time, accession_number,"
					+ " study_id, study_description, referring_physician_name, modalities, modalities_search,"
					+ " patient_age, patient_size, patient_weight, number_of_series, number_of_instances)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(uid, request))
			.update(keys, "id");
		this.changes.changed();
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	boolean update(long id, String uid, StudyRequest request) {
		Object[] values = Arrays.copyOf(values(uid, request), 16);
		values[15] = id;
		int updated = this.jdbc
			.sql("UPDATE study SET patient_ref = ?, study_instance_uid = ?, study_date = ?, study_time = ?,"
					+ " accession_number = ?, study_id = ?, study_description = ?, referring_physician_name = ?,"
					+ " modalities = ?, modalities_search = ?, patient_age = ?, patient_size = ?, patient_weight = ?,"
					+ " number_of_series = ?, number_of_instances = ? WHERE id = ?")
			.params(values)
			.update();
		this.changes.changed();
		return updated == 1;
	}

	boolean delete(long id) {
		int deleted = this.jdbc.sql("DELETE FROM study WHERE id = ?").param(id).update();
		this.changes.changed();
		return deleted == 1;
	}

	private static Object[] values(String uid, StudyRequest request) {
		List<String> modalities = request.modalities();
		String shown = modalities.isEmpty() ? null : String.join("\\", modalities);
		String search = modalities.isEmpty() ? null : "|" + String.join("|", modalities) + "|";
		return new Object[] { request.patient(), uid, request.studyDate(), request.studyTime(),
				request.accessionNumber(), request.studyId(), request.studyDescription(),
				request.referringPhysicianName(), shown, search, request.patientAge(), request.patientSize(),
				request.patientWeight(), request.numberOfStudyRelatedSeries(),
				request.numberOfStudyRelatedInstances() };
	}

	static Study map(ResultSet rs, int row) throws SQLException {
		String modalities = rs.getString("modalities");
		return new Study(rs.getLong("id"), rs.getLong("patient_ref"), rs.getString("study_instance_uid"),
				rs.getObject("study_date", LocalDate.class), rs.getObject("study_time", LocalTime.class),
				rs.getString("accession_number"), rs.getString("study_id"), rs.getString("study_description"),
				rs.getString("referring_physician_name"),
				(modalities == null || modalities.isEmpty()) ? List.of() : List.of(modalities.split("\\\\")),
				rs.getString("patient_age"), rs.getObject("patient_size", BigDecimal.class),
				rs.getObject("patient_weight", BigDecimal.class), (Integer) rs.getObject("number_of_series"),
				(Integer) rs.getObject("number_of_instances"));
	}

}
