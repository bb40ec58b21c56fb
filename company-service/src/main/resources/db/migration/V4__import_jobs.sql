-- Background imports, in the database so that every replica answers for every job and a job outlives the process
-- that took it: the file waits in body until the job ends; a replica runs a job under a lease (lease_until), kept
-- alive at every step, and a job whose replica died is taken over by another once the lease has passed.
CREATE TABLE import_job (
  id            UUID          PRIMARY KEY,
  subject       VARCHAR(20)   NOT NULL,
  status        VARCHAR(9)    NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  progress      VARCHAR(300)  NOT NULL,
  submitted_at  TIMESTAMPTZ   NOT NULL,
  finished_at   TIMESTAMPTZ,
  report        TEXT,
  error         VARCHAR(2000),
  body          BYTEA,
  attempts      INTEGER       NOT NULL DEFAULT 0,
  lease_until   TIMESTAMPTZ,
  CHECK ((status IN ('QUEUED', 'RUNNING')) = (body IS NOT NULL))
);
CREATE INDEX import_job_open_idx ON import_job (submitted_at) WHERE status IN ('QUEUED', 'RUNNING');
