package dev.flotilla.clinic.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.flotilla.clinic.patient.PatientResponse;
import dev.flotilla.clinic.search.SearchText.FoldedName;

/**
 * Runs searches over the whole tables through their indexes: a {@code COUNT(*)} for the
 * exact total and one page of rows.
 */
@Repository
class SearchRepository {

	private static final String PATIENT_COLUMNS = "p.id, p.patient_id, p.issuer_of_patient_id, p.patient_name,"
			+ " p.birth_date, p.sex, p.comments";

	private final JdbcClient jdbc;

	/** Same SQL rules as {@link #jdbc}, but fetching 1000 rows at a time. */
	private final JdbcClient streaming;

	private final TransactionTemplate readOnly;

	SearchRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		JdbcTemplate batches = new JdbcTemplate(dataSource);
		batches.setFetchSize(1000);
		this.streaming = JdbcClient.create(batches);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	SearchResult<PatientResponse> patients(SearchQuery query) {
		SqlBuilder sql = new SqlBuilder();
		patientFilters(sql, query);
		if (query.hasStudyFilter()) {
			SqlBuilder studies = new SqlBuilder();
			studies.where("s.patient_ref = p.id");
			studyFilters(studies, query);
			sql.where("EXISTS (SELECT 1 FROM study s" + studies.whereClause() + ")", studies.params().toArray());
		}
		long total = count("SELECT COUNT(*) FROM patient p" + sql.whereClause(), sql.params());
		List<PatientResponse> items = page(
				"SELECT " + PATIENT_COLUMNS + " FROM patient p" + sql.whereClause() + " ORDER BY " + query.orderBy(),
				sql.params(), query)
			.query(SearchRepository::patient)
			.list();
		return new SearchResult<>(total, query.limit(), query.offset(), items);
	}

	SearchResult<StudyHit> studies(SearchQuery query) {
		SqlBuilder sql = new SqlBuilder();
		patientFilters(sql, query);
		studyFilters(sql, query);
		String from = " FROM study s JOIN patient p ON p.id = s.patient_ref";
		long total = count("SELECT COUNT(*)" + from + sql.whereClause(), sql.params());
		List<StudyHit> items = page("SELECT s.id, s.patient_ref, p.patient_id, p.patient_name, s.study_instance_uid,"
				+ " s.study_date, s.study_time, s.accession_number, s.study_description, s.modalities" + from
				+ sql.whereClause() + " ORDER BY " + query.orderBy(), sql.params(), query)
			.query(SearchRepository::studyHit)
			.list();
		return new SearchResult<>(total, query.limit(), query.offset(), items);
	}

	/**
	 * Every row of a search, unpaged, in its order, streamed from the database a batch at
	 * a time (the driver's fetch size, inside a read-only transaction as PostgreSQL
	 * needs).
	 * @param query the search; its limit and offset are ignored
	 * @param rows receives each row's columns
	 */
	void stream(SearchQuery query, RowCallbackHandler rows) {
		SqlBuilder sql = new SqlBuilder();
		patientFilters(sql, query);
		String select;
		if (query.level().equals("patient")) {
			if (query.hasStudyFilter()) {
				SqlBuilder studies = new SqlBuilder();
				studies.where("s.patient_ref = p.id");
				studyFilters(studies, query);
				sql.where("EXISTS (SELECT 1 FROM study s" + studies.whereClause() + ")", studies.params().toArray());
			}
			select = "SELECT " + PATIENT_COLUMNS + " FROM patient p";
		}
		else {
			studyFilters(sql, query);
			select = "SELECT p.patient_id, p.patient_name, s.study_instance_uid, s.study_date, s.study_time,"
					+ " s.accession_number, s.study_description, s.modalities, s.number_of_series,"
					+ " s.number_of_instances FROM study s JOIN patient p ON p.id = s.patient_ref";
		}
		String statement = select + sql.whereClause() + " ORDER BY " + query.orderBy();
		this.readOnly.executeWithoutResult((status) -> this.streaming.sql(statement).params(sql.params()).query(rows));
	}

	/**
	 * One page of studies with every attribute a QIDO-RS study answer carries.
	 * @param query a study-level search
	 * @param rows maps each row
	 * @param <T> the row type
	 * @return the page and the exact total
	 */
	<T> SearchResult<T> studyAttributes(SearchQuery query, RowMapper<T> rows) {
		SqlBuilder sql = new SqlBuilder();
		patientFilters(sql, query);
		studyFilters(sql, query);
		String from = " FROM study s JOIN patient p ON p.id = s.patient_ref";
		long total = count("SELECT COUNT(*)" + from + sql.whereClause(), sql.params());
		List<T> items = page("SELECT p.patient_id, p.patient_name, p.birth_date, p.sex, s.study_instance_uid,"
				+ " s.study_date, s.study_time, s.accession_number, s.study_id, s.study_description,"
				+ " s.referring_physician_name, s.modalities, s.number_of_series, s.number_of_instances" + from
				+ sql.whereClause() + " ORDER BY " + query.orderBy(), sql.params(), query)
			.query(rows)
			.list();
		return new SearchResult<>(total, query.limit(), query.offset(), items);
	}

	private long count(String sql, List<Object> params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private JdbcClient.StatementSpec page(String sql, List<Object> params, SearchQuery query) {
		List<Object> all = new ArrayList<>(params);
		all.add(query.limit());
		all.add(query.offset());
		return this.jdbc.sql(sql + " LIMIT ? OFFSET ?").params(all);
	}

	private static void patientFilters(SqlBuilder sql, SearchQuery query) {
		if (query.name() != null) {
			nameFilter(sql, query.name());
		}
		if (query.patientId() != null) {
			DicomMatch.match(sql, "p.patient_id", query.patientId());
		}
		if (query.birthDate() != null) {
			query.birthDate().apply(sql, "p.birth_date");
		}
	}

	private static void nameFilter(SqlBuilder sql, String name) {
		if (name.indexOf('^') >= 0) {
			FoldedName folded = SearchText.foldName(name);
			DicomMatch.match(sql, "p.name_search", folded.whole());
			return;
		}
		String folded = SearchText.fold(name);
		if (DicomMatch.likePattern(folded).equals("%")) {
			return;
		}
		if (DicomMatch.hasWildcard(folded)) {
			String pattern = DicomMatch.likePattern(folded);
			sql.where("(p.family_search LIKE ? ESCAPE '!' OR p.given_search LIKE ? ESCAPE '!')", pattern, pattern);
		}
		else {
			sql.where("(p.family_search = ? OR p.given_search = ?)", folded, folded);
		}
	}

	private static void studyFilters(SqlBuilder sql, SearchQuery query) {
		if (query.accessionNumber() != null) {
			DicomMatch.match(sql, "s.accession_number", query.accessionNumber());
		}
		if (query.studyDate() != null) {
			query.studyDate().apply(sql, "s.study_date");
		}
		if (query.modality() != null) {
			sql.where("s.modalities_search LIKE ? ESCAPE '!'", "%|" + DicomMatch.likePattern(query.modality()) + "|%");
		}
	}

	private static PatientResponse patient(ResultSet rs, int row) throws SQLException {
		String issuer = rs.getString("issuer_of_patient_id");
		return new PatientResponse(rs.getLong("id"), rs.getString("patient_id"),
				(issuer == null || issuer.isEmpty()) ? null : issuer, rs.getString("patient_name"),
				rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("comments"));
	}

	private static StudyHit studyHit(ResultSet rs, int row) throws SQLException {
		String modalities = rs.getString("modalities");
		return new StudyHit(rs.getLong("id"), rs.getLong("patient_ref"), rs.getString("patient_id"),
				rs.getString("patient_name"), rs.getString("study_instance_uid"),
				rs.getObject("study_date", LocalDate.class), rs.getObject("study_time", LocalTime.class),
				rs.getString("accession_number"), rs.getString("study_description"),
				(modalities == null || modalities.isEmpty()) ? List.of() : List.of(modalities.split("\\\\")));
	}

}
