-- What SchemaSessionBindingTests must catch: an IN list in a check constraint.
ALTER TABLE patient ADD CONSTRAINT ck_canary CHECK (sex IN ('F', 'M', 'O'));
