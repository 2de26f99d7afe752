-- The same change as h2/V8__Username_key.sql. The table's utf8mb4_unicode_ci collation already
-- made usernames unique regardless of case here; username_key (binary collation, LOWER of the
-- name) makes the rule the application's on every database. The derived table lets MariaDB
-- read the table it updates.
ALTER TABLE ${user_table} ADD COLUMN username_key VARCHAR(130) COLLATE utf8mb4_bin NULL;

UPDATE ${user_table} SET username_key = LOWER(username);

UPDATE ${user_table} SET username_key = CONCAT(LOWER(username), '#', CAST(id AS CHAR))
    WHERE id NOT IN (SELECT first_id FROM (SELECT MIN(id) AS first_id FROM ${user_table} GROUP BY LOWER(username)) AS firsts);

ALTER TABLE ${user_table} MODIFY username_key VARCHAR(130) COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE ${user_table} ADD CONSTRAINT uk_user_username_key UNIQUE (username_key);
