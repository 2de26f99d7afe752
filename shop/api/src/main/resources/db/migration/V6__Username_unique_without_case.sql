-- Usernames unique without regard to case: nom_cle holds LOWER(nom_utilisateur), written by
-- the application on insert, under a unique constraint (H2 has no index on an expression and
-- MariaDB compares by the column's collation, so one plain column serves the three databases).
-- Accounts that already differ only by case keep working as they are: the oldest keeps the
-- plain key, the others get "#<id>" appended, which no new username can contain. The column
-- gets a default only while existing rows are filled.
ALTER TABLE utilisateur ADD COLUMN nom_cle VARCHAR(70) DEFAULT '' NOT NULL;

UPDATE utilisateur SET nom_cle = LOWER(nom_utilisateur);

-- The derived table lets MariaDB read the table it updates.
UPDATE utilisateur SET nom_cle = CONCAT(LOWER(nom_utilisateur), '#', id)
    WHERE id NOT IN (SELECT premier FROM (SELECT MIN(id) AS premier FROM utilisateur
        GROUP BY LOWER(nom_utilisateur)) premiers);

ALTER TABLE utilisateur ALTER COLUMN nom_cle DROP DEFAULT;

ALTER TABLE utilisateur ADD CONSTRAINT utilisateur_cle_unique UNIQUE (nom_cle);
