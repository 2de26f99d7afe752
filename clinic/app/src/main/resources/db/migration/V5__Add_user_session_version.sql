-- Bumped whenever an admin changes a user's role, activation or password. A session keeps the
-- version its login read, and ends at its next request once the row says otherwise: on every
-- replica, since they all read this table.
ALTER TABLE ${user_table} ADD COLUMN session_version INTEGER DEFAULT 0 NOT NULL;
