package dev.flotilla.clinic.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.flotilla.clinic.db.DataChanges;
import dev.flotilla.clinic.dicom.DicomNames;
import dev.flotilla.clinic.dicom.DicomNames.FoldedName;
import dev.flotilla.clinic.dicom.DicomValues;

/**
 * Fills an empty database with {@code clinic.demo.patients} patients (PatientID
 * {@code DEMO-0000001}…) and one to five studies each (three on average), from a fixed
 * seed so that two runs give the same data. Does nothing once any patient exists. Runs
 * before the application reports ready.
 */
@Component
@ConditionalOnProperty(name = "clinic.demo.patients")
class DemoDataGenerator implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoDataGenerator.class);

	private static final int BATCH = 2000;

	private final JdbcTemplate jdbc;

	private final int patients;

	private final DataChanges changes;

	DemoDataGenerator(JdbcTemplate jdbc, DemoProperties properties, DataChanges changes) {
		this.jdbc = jdbc;
		this.patients = properties.patients();
		this.changes = changes;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM patient", Long.class);
		if (this.patients <= 0 || existing == null || existing > 0) {
			return;
		}
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(4);
		long studies = 0;
		for (int from = 1; from <= this.patients; from += BATCH) {
			int to = Math.min(this.patients, from + BATCH - 1);
			insertPatients(from, to, random);
			studies += insertStudies(from, to, random);
			this.changes.changed();
		}
		log.info("Demo data: " + this.patients + " patients and " + studies + " studies in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	private void insertPatients(int from, int to, SplittableRandom random) {
		List<Object[]> rows = new ArrayList<>(to - from + 1);
		for (int n = from; n <= to; n++) {
			String name = pick(DemoNames.FAMILY, random).toUpperCase(Locale.FRENCH) + "^"
					+ pick(DemoNames.GIVEN, random);
			FoldedName folded = DicomNames.foldName(name);
			LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000));
			rows.add(new Object[] { patientId(n), name, folded.family(), folded.given(), folded.whole(),
					Date.valueOf(birth), (random.nextBoolean()) ? "F" : "M" });
		}
		this.jdbc.batchUpdate("INSERT INTO patient (patient_id, issuer_of_patient_id, patient_name, family_search,"
				+ " given_search, name_search, birth_date, sex) VALUES (?, '', ?, ?, ?, ?, ?, ?)", rows);
	}

	private long insertStudies(int from, int to, SplittableRandom random) {
		List<Long> ids = this.jdbc.queryForList(
				"SELECT id FROM patient WHERE patient_id >= ? AND patient_id <= ? ORDER BY patient_id", Long.class,
				patientId(from), patientId(to));
		List<Object[]> rows = new ArrayList<>();
		for (Long id : ids) {
			int count = 1 + random.nextInt(5);
			for (int i = 0; i < count; i++) {
				int kind = random.nextInt(DemoNames.DESCRIPTIONS.size());
				List<String> modalities = DemoNames.MODALITIES.get(kind);
				LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5800));
				rows.add(new Object[] { id, DicomValues.newUid(), Date.valueOf(date),
						Time.valueOf(LocalTime.of(7 + random.nextInt(12), random.nextInt(60))),
						"A" + (from * 5L + rows.size()), DemoNames.DESCRIPTIONS.get(kind),
						String.join("\\", modalities), "|" + String.join("|", modalities) + "|", 1 + random.nextInt(8),
						1 + random.nextInt(2000), BigDecimal.valueOf(45 + random.nextInt(70)) });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO study (patient_ref, study_instance_uid, study_date, study_time,"
				+ " accession_number, study_description, modalities, modalities_search, number_of_series,"
				+ " number_of_instances, patient_weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

	private static String patientId(int n) {
		return String.format("DEMO-%07d", n);
	}

	private static String pick(List<String> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

}
