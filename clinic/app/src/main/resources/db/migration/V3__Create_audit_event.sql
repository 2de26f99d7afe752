-- The audit trail: append-only (the application never updates or deletes a row). No foreign
-- keys: the trail outlives the patients, studies and users it names.
CREATE TABLE audit_event (
    id ${identity},
    occurred_at TIMESTAMP(3) NOT NULL,
    username VARCHAR(64),
    action VARCHAR(32) NOT NULL,
    patient_ref BIGINT,
    study_ref BIGINT,
    detail VARCHAR(255),
    client_address VARCHAR(64)
)${table_options};

CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_patient ON audit_event (patient_ref, occurred_at);
CREATE INDEX ix_audit_username ON audit_event (username, occurred_at);
