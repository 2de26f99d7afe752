-- Same as db/vendor/mariadb/V6 (only DROP INDEX is spelled differently).
CREATE INDEX ix_study_patient_date ON study (patient_ref, study_date, id);
DROP INDEX ix_study_patient;
