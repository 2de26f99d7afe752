-- Same rule as V4, written so that H2 keeps no session inside it. H2 2.4 compiles
-- "statut IN (<constants>)" (and the equivalent OR chain) into a sorted set whose
-- comparator is the session that created the constraint: once the pool retires the
-- connection that ran the migrations, every insert or status change on commande fails
-- with "Check constraint invalid ... The database has been closed [90098]". A simple
-- CASE compares each value on its own and behaves the same on PostgreSQL and MariaDB.
ALTER TABLE commande DROP CONSTRAINT commande_statut_valide;
ALTER TABLE commande ADD CONSTRAINT commande_statut_valide
    CHECK (CASE statut WHEN 'en_attente' THEN 1 WHEN 'payee' THEN 1 WHEN 'expediee' THEN 1
        WHEN 'annulee' THEN 1 ELSE 0 END = 1);
