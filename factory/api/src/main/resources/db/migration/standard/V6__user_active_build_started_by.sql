-- Accounts can be deactivated (kept, with their builds, but refused at sign-in and on every
-- token), and a build remembers who started it: the username, NULL for builds from before
-- this column, the seed and the scheduler.
ALTER TABLE app_user ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

ALTER TABLE build ADD COLUMN started_by VARCHAR(100);
