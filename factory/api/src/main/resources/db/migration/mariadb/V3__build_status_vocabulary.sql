-- The same change as standard/V3__build_status_vocabulary.sql: one vocabulary of build
-- statuses, stored 'failed' becomes the seed's 'fail', and check constraints keep it.
UPDATE build SET status = 'fail' WHERE status = 'failed';
UPDATE project SET last_build_status = 'fail' WHERE last_build_status = 'failed';

ALTER TABLE build ADD CONSTRAINT ck_build_status
    CHECK (status IN ('queued', 'running', 'success', 'fail', 'cancelled'));
ALTER TABLE project ADD CONSTRAINT ck_project_last_build_status
    CHECK (last_build_status IN ('none', 'queued', 'running', 'success', 'fail', 'cancelled'));
