-- An order's status: en_attente (placed) -> payee -> expediee, or annulee before shipping
-- (its stock goes back). Orders placed before this migration start as en_attente.
ALTER TABLE commande ADD COLUMN statut VARCHAR(20) DEFAULT 'en_attente' NOT NULL;
ALTER TABLE commande ADD CONSTRAINT commande_statut_valide
    CHECK (statut IN ('en_attente', 'payee', 'expediee', 'annulee'));
