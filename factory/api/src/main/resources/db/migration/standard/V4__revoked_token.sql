-- Access tokens revoked at logout, by jti, kept until they expire (the platform's JwtDenyList),
-- so every replica refuses them.
CREATE TABLE revoked_token (
    jti        VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_revoked_token_expires_at ON revoked_token (expires_at);
