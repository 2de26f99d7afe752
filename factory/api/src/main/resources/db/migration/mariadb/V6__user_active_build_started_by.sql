-- The same change as standard/V6__user_active_build_started_by.sql: app_user.active and the
-- nullable build.started_by (a username).
ALTER TABLE app_user ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE build ADD COLUMN started_by VARCHAR(100) NULL;
