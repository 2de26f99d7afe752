-- The number of projects, kept by the repository in the same transaction as each insert, so that
-- the paged list reads its exact total from one row instead of counting the table per request.
CREATE TABLE project_total (
    id    INT    NOT NULL PRIMARY KEY,
    total BIGINT NOT NULL
);

INSERT INTO project_total (id, total) SELECT 1, COUNT(*) FROM project;
