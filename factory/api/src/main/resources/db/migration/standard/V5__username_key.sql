-- Usernames unique without regard to case: username_key holds LOWER(username), written by the
-- application on insert, under a unique constraint (H2 has no index on an expression, so one
-- column serves H2 and PostgreSQL alike). Accounts that already differ only by case keep
-- working: the oldest keeps the plain key, the others get "#<id>" appended, which no new
-- username can contain.
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(130);

UPDATE app_user SET username_key = LOWER(username);

UPDATE app_user SET username_key = CONCAT(LOWER(username), '#', CAST(id AS VARCHAR(20)))
    WHERE id NOT IN (SELECT MIN(id) FROM app_user GROUP BY LOWER(username));

ALTER TABLE app_user ALTER COLUMN username_key SET NOT NULL;

ALTER TABLE app_user ADD CONSTRAINT uk_app_user_username_key UNIQUE (username_key);
