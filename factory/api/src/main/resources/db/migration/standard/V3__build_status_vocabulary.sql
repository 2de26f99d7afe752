-- One vocabulary of build statuses: the seed's success and fail, and the lifecycle's queued,
-- running and cancelled ('none' on a project that has never been built). Builds stored as
-- 'failed' before this migration become the seed's 'fail'.
UPDATE build SET status = 'fail' WHERE status = 'failed';
UPDATE project SET last_build_status = 'fail' WHERE last_build_status = 'failed';

-- "= ANY (ARRAY[...])", not "IN (...)": H2 2.4 binds an IN list of constants in a check
-- constraint to the session that created it, and rejects every row once that connection
-- has closed (h2database issues 4292, 4308). PostgreSQL reads both the same way.
ALTER TABLE build ADD CONSTRAINT ck_build_status
    CHECK (status = ANY (ARRAY['queued', 'running', 'success', 'fail', 'cancelled']));
ALTER TABLE project ADD CONSTRAINT ck_project_last_build_status
    CHECK (last_build_status = ANY (ARRAY['none', 'queued', 'running', 'success', 'fail', 'cancelled']));
