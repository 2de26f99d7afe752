-- Access tokens revoked at logout, by jti, kept until they expire (the platform's JwtDenyList,
-- whose column names these are), so every replica refuses them.
CREATE TABLE jeton_revoque (
    jti VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at ${timestamp_type} NOT NULL
);

CREATE INDEX jeton_revoque_expiration_idx ON jeton_revoque (expires_at);
