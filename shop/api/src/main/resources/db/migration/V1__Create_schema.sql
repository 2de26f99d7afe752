-- Portable across H2, PostgreSQL and MariaDB: ${id_type} and ${timestamp_type} are Flyway
-- placeholders set per database (see dev.flotilla.shop.config.SchemaPlaceholders).

CREATE TABLE categorie (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    nom VARCHAR(80) NOT NULL
);

CREATE TABLE produit (
    id ${id_type} PRIMARY KEY,
    nom VARCHAR(120) NOT NULL,
    description VARCHAR(2000) NOT NULL,
    prix NUMERIC(12, 2) NOT NULL,
    devise CHAR(3) NOT NULL,
    stock INTEGER NOT NULL,
    categorie VARCHAR(40) NOT NULL REFERENCES categorie (code),
    -- Lower-case, accent-free words of the name, category and description, written by the
    -- application on every product write so that search is case- and accent-insensitive
    -- on every database alike.
    recherche VARCHAR(700),
    CONSTRAINT produit_prix_positif CHECK (prix > 0),
    CONSTRAINT produit_stock_positif CHECK (stock >= 0)
);

CREATE INDEX produit_categorie_idx ON produit (categorie);
CREATE INDEX produit_recherche_idx ON produit (recherche);
CREATE INDEX produit_prix_idx ON produit (prix);

-- One row: bumped in the same transaction as every product or stock change, so the list's
-- ETag (derived from it) is fresh on every instance.
CREATE TABLE catalogue_version (
    id INTEGER NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 1);

CREATE TABLE utilisateur (
    id ${id_type} PRIMARY KEY,
    nom_utilisateur VARCHAR(40) NOT NULL,
    mot_de_passe VARCHAR(200) NOT NULL,
    role_utilisateur VARCHAR(20) NOT NULL,
    cree_le ${timestamp_type} NOT NULL,
    CONSTRAINT utilisateur_nom_unique UNIQUE (nom_utilisateur)
);

CREATE TABLE panier_ligne (
    utilisateur_id BIGINT NOT NULL REFERENCES utilisateur (id) ON DELETE CASCADE,
    produit_id BIGINT NOT NULL REFERENCES produit (id) ON DELETE CASCADE,
    quantite INTEGER NOT NULL,
    PRIMARY KEY (utilisateur_id, produit_id),
    CONSTRAINT panier_quantite_positive CHECK (quantite > 0)
);

CREATE TABLE commande (
    id ${id_type} PRIMARY KEY,
    utilisateur_id BIGINT NOT NULL REFERENCES utilisateur (id),
    cree_le ${timestamp_type} NOT NULL,
    total NUMERIC(12, 2) NOT NULL,
    devise CHAR(3) NOT NULL
);

CREATE INDEX commande_utilisateur_idx ON commande (utilisateur_id);

-- Name and unit price are copied at order time: later price edits or a deleted product
-- never change an order already placed.
CREATE TABLE commande_ligne (
    commande_id BIGINT NOT NULL REFERENCES commande (id) ON DELETE CASCADE,
    ligne INTEGER NOT NULL,
    produit_id BIGINT REFERENCES produit (id) ON DELETE SET NULL,
    nom VARCHAR(120) NOT NULL,
    prix_unitaire NUMERIC(12, 2) NOT NULL,
    quantite INTEGER NOT NULL,
    PRIMARY KEY (commande_id, ligne)
);
