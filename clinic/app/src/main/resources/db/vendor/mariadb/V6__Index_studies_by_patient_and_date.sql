-- A study search with a patient filter (a name) reaches the studies through patient_ref: with
-- the default sort's columns beside it, the page's ids are sorted from this index alone and
-- only their rows are read, instead of every matching study's row (SearchRepository.studyPage).
-- It replaces the one-column index (a prefix of it), created first because the foreign key
-- needs one at every moment.
CREATE INDEX ix_study_patient_date ON study (patient_ref, study_date, id);
DROP INDEX ix_study_patient ON study;
