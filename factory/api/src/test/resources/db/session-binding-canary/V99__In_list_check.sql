-- What SchemaSessionBindingTests must catch: an IN list in a check constraint.
ALTER TABLE project ADD CONSTRAINT ck_canary CHECK (name NOT IN ('interdit', 'refuse'));
