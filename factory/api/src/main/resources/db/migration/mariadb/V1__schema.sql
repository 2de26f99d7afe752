-- MariaDB: the same schema as standard/V1__schema.sql, in MariaDB's types (instants in UTC).
CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE refresh_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash VARCHAR(64)  NOT NULL,
    user_id    BIGINT       NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    revoked    BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE project (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    repo              VARCHAR(500) NOT NULL,
    last_build_status VARCHAR(20)  NOT NULL DEFAULT 'none',
    build_count       INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uk_project_name UNIQUE (name)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE build (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id   BIGINT       NOT NULL,
    number       INT          NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    duration_s   DOUBLE,
    logs         MEDIUMTEXT   NOT NULL,
    retry_of     INT,
    worker       VARCHAR(100),
    heartbeat_at DATETIME(6),
    created_at   DATETIME(6)  NOT NULL,
    started_at   DATETIME(6),
    finished_at  DATETIME(6),
    CONSTRAINT uk_build_project_number UNIQUE (project_id, number),
    CONSTRAINT fk_build_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_build_status ON build (status, id);
