-- A name without ^ matches the family OR the given name: SearchRepository counts and pages each
-- side through its own index instead of an index merge that reads every matching row. The
-- given-name index carries the sort columns, so its side is index-only too.
DROP INDEX ix_patient_given ON patient;

-- The search columns hold names folded in Java (upper case, no accents) and modality codes: a
-- binary collation compares them byte by byte, cheaper than utf8mb4_unicode_ci's weights in
-- every index comparison and every LIKE, with the same matches (queries are folded alike) and,
-- as the C collation on PostgreSQL, alphabetical order for Latin names.
ALTER TABLE patient
    MODIFY family_search VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY given_search VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY name_search VARCHAR(324) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE study MODIFY modalities_search VARCHAR(170) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_patient_given ON patient (given_search, family_search, name_search);

-- A study date range with a modality is counted from this index alone.
CREATE INDEX ix_study_date_modalities ON study (study_date, modalities_search);
