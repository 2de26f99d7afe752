-- As db/vendor/mariadb/V4, plus: the columns searched by prefix (LIKE 'DUP%') compare in the C
-- collation. Under a linguistic collation (en_US.UTF-8...) a plain B-tree index cannot serve
-- LIKE; in C it serves LIKE prefixes, equality and ORDER BY alike. The name columns are folded
-- to upper case without accents in Java, so byte order is alphabetical order for Latin names.
DROP INDEX ix_patient_given;
ALTER TABLE patient
    ALTER COLUMN patient_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN family_search TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN given_search TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN name_search TYPE VARCHAR(324) COLLATE "C";
ALTER TABLE study ALTER COLUMN accession_number TYPE VARCHAR(16) COLLATE "C";
CREATE INDEX ix_patient_given ON patient (given_search, family_search, name_search);

CREATE INDEX ix_study_date_modalities ON study (study_date, modalities_search);
