-- Same as db/vendor/mariadb/V4 (only DROP INDEX is spelled differently).
DROP INDEX ix_patient_given;
CREATE INDEX ix_patient_given ON patient (given_search, family_search, name_search);

CREATE INDEX ix_study_date_modalities ON study (study_date, modalities_search);
