-- Imports of prospects (prospects.md, section 5). An import's rows are stored, decoded, with it
-- before its 202, and taken in order; row_number counts data rows from 1. rows_read is the number
-- of the last row whose outcome is stored: a step's prospects, the import's counters and the rows
-- it has taken (deleted) move in one transaction, so a worker that dies loses only its step.
CREATE TABLE prospect_imports (
    id              VARCHAR(24)  NOT NULL PRIMARY KEY,
    audience_id     VARCHAR(24)  NOT NULL,
    format          VARCHAR(8)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    rows_read       BIGINT       NOT NULL,
    added           BIGINT       NOT NULL,
    already_present BIGINT       NOT NULL,
    rejected        BIGINT       NOT NULL,
    created_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(3) WITH TIME ZONE,
    finished_at     TIMESTAMP(3) WITH TIME ZONE,
    CONSTRAINT prospect_imports_audience_known FOREIGN KEY (audience_id) REFERENCES audiences (id) ON DELETE CASCADE,
    CONSTRAINT prospect_imports_status_known CHECK (status IN ('queued', 'running', 'completed', 'cancelled', 'failed'))
);
CREATE INDEX prospect_imports_by_audience ON prospect_imports (audience_id, status);

-- The first 100 rejected rows of an import (row_number NULL: why it failed).
CREATE TABLE prospect_import_errors (
    import_id  VARCHAR(24)   NOT NULL,
    position   INTEGER       NOT NULL,
    row_number BIGINT,
    code       VARCHAR(32)   NOT NULL,
    details    VARCHAR(2000),
    PRIMARY KEY (import_id, position),
    CONSTRAINT prospect_import_errors_import_known FOREIGN KEY (import_id) REFERENCES prospect_imports (id) ON DELETE CASCADE
);

-- The rows an import has yet to take: a valid prospect's fields, or (problem) what was wrong with it.
CREATE TABLE prospect_import_rows (
    import_id      VARCHAR(24)  NOT NULL,
    row_number     BIGINT       NOT NULL,
    linkedin_url   VARCHAR(400),
    email          VARCHAR(254),
    first_name     VARCHAR(200),
    last_name      VARCHAR(200),
    headline       VARCHAR(600),
    company_name   VARCHAR(200),
    company_domain VARCHAR(253),
    problem        VARCHAR(2000),
    PRIMARY KEY (import_id, row_number),
    CONSTRAINT prospect_import_rows_import_known FOREIGN KEY (import_id) REFERENCES prospect_imports (id) ON DELETE CASCADE
);

-- db-scheduler's table (its PostgreSQL schema, with VARCHAR for TEXT so that H2 takes it too):
-- one execution per import, picked by one instance at a time, revived when its heartbeats stop.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(200),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
