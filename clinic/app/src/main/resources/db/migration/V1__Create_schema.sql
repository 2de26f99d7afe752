-- Portable across H2, MariaDB and PostgreSQL. Three placeholders carry the differences
-- (SqlDialect): ${user_table}, the quoted name of the reserved word `user`; ${identity}, an
-- auto-generated BIGINT primary key; ${table_options}, utf8mb4 InnoDB tables on MariaDB.

CREATE TABLE role (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(32) NOT NULL,
    CONSTRAINT uk_role_name UNIQUE (name)
)${table_options};

INSERT INTO role (id, name) VALUES (1, 'lecture');
INSERT INTO role (id, name) VALUES (2, 'modification');
INSERT INTO role (id, name) VALUES (3, 'admin');

CREATE TABLE ${user_table} (
    id ${identity},
    username VARCHAR(64) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role_id INTEGER NOT NULL,
    enabled BOOLEAN DEFAULT TRUE NOT NULL,
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT fk_user_role FOREIGN KEY (role_id) REFERENCES role (id)
)${table_options};

-- DICOM Patient module. The *_search columns hold the name folded in Java (accents
-- stripped, upper case) so that searches are case- and accent-insensitive through an index
-- on every database, whatever its collation.
CREATE TABLE patient (
    id ${identity},
    patient_id VARCHAR(64) NOT NULL,
    issuer_of_patient_id VARCHAR(64) DEFAULT '' NOT NULL,
    patient_name VARCHAR(324) NOT NULL,
    family_search VARCHAR(64) NOT NULL,
    given_search VARCHAR(64) NOT NULL,
    name_search VARCHAR(324) NOT NULL,
    birth_date DATE,
    sex CHAR(1),
    comments VARCHAR(2000),
    CONSTRAINT uk_patient_id_issuer UNIQUE (patient_id, issuer_of_patient_id)
)${table_options};

CREATE INDEX ix_patient_family ON patient (family_search, name_search);
CREATE INDEX ix_patient_given ON patient (given_search);
CREATE INDEX ix_patient_name ON patient (name_search);
CREATE INDEX ix_patient_birth_date ON patient (birth_date);

-- DICOM General Study module (plus the Patient Study module's age, size and weight).
CREATE TABLE study (
    id ${identity},
    patient_ref BIGINT NOT NULL,
    study_instance_uid VARCHAR(64) NOT NULL,
    study_date DATE,
    study_time TIME,
    accession_number VARCHAR(16),
    study_id VARCHAR(16),
    study_description VARCHAR(64),
    referring_physician_name VARCHAR(324),
    modalities VARCHAR(160),
    modalities_search VARCHAR(170),
    patient_age VARCHAR(4),
    patient_size DECIMAL(5, 2),
    patient_weight DECIMAL(6, 2),
    number_of_series INTEGER,
    number_of_instances INTEGER,
    CONSTRAINT uk_study_instance_uid UNIQUE (study_instance_uid),
    CONSTRAINT fk_study_patient FOREIGN KEY (patient_ref) REFERENCES patient (id)
)${table_options};

CREATE INDEX ix_study_patient ON study (patient_ref);
CREATE INDEX ix_study_date ON study (study_date);
CREATE INDEX ix_study_accession ON study (accession_number);
