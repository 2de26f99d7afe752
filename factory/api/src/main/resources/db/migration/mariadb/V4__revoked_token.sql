-- The same table as standard/V4__revoked_token.sql, in MariaDB's types (instants in UTC).
CREATE TABLE revoked_token (
    jti        VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at DATETIME(6) NOT NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_revoked_token_expires_at ON revoked_token (expires_at);
