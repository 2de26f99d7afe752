-- Usernames unique without regard to case: username_key holds LOWER(username), written by the
-- application on insert, under a unique constraint (one column serves H2 and PostgreSQL
-- alike). Accounts that already differ only by case keep working: the oldest keeps the plain
-- key, the others get "#<id>" appended, which no username can contain.
ALTER TABLE ${user_table} ADD COLUMN username_key VARCHAR(130);

UPDATE ${user_table} SET username_key = LOWER(username);

UPDATE ${user_table} SET username_key = CONCAT(LOWER(username), '#', CAST(id AS VARCHAR(20)))
    WHERE id NOT IN (SELECT MIN(id) FROM ${user_table} GROUP BY LOWER(username));

ALTER TABLE ${user_table} ALTER COLUMN username_key SET NOT NULL;

ALTER TABLE ${user_table} ADD CONSTRAINT uk_user_username_key UNIQUE (username_key);
