-- The same change as standard/V5__username_key.sql: usernames unique without regard to case
-- through username_key = LOWER(username); accounts that already differ only by case keep
-- working, the younger ones keyed "<name>#<id>". The derived table lets MariaDB read the
-- table it updates.
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(130) COLLATE utf8mb4_bin NULL;

UPDATE app_user SET username_key = LOWER(username);

UPDATE app_user SET username_key = CONCAT(LOWER(username), '#', CAST(id AS CHAR))
    WHERE id NOT IN (SELECT first_id FROM (SELECT MIN(id) AS first_id FROM app_user GROUP BY LOWER(username)) AS firsts);

ALTER TABLE app_user MODIFY username_key VARCHAR(130) COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE app_user ADD CONSTRAINT uk_app_user_username_key UNIQUE (username_key);
