-- Outbox rows are claimed with a lease rather than locked while the network is used. A worker claims due rows
-- in a short transaction (it sets lease_token and moves next_attempt_at to the lease's end), sends outside any
-- transaction, and settles each row only while it still holds the lease. The rows of a worker that died are due
-- again when the lease ends, for another worker to take over.
ALTER TABLE delivery ADD COLUMN lease_token UUID;
ALTER TABLE thesis_notification ADD COLUMN lease_token UUID;

-- A check run's status, and the deadline after which a run that has not finished is FAILED.
ALTER TABLE check_run ADD COLUMN status VARCHAR(9);
ALTER TABLE check_run ADD COLUMN deadline_at TIMESTAMPTZ;
UPDATE check_run SET status = 'COMPLETED', deadline_at = COALESCE(finished_at, started_at)
  WHERE finished_at IS NOT NULL;
UPDATE check_run SET status = 'FAILED', deadline_at = started_at, finished_at = started_at,
  problem = LEFT(COALESCE(problem || '; ', '') || 'found unfinished when check runs got a status', 2000)
  WHERE finished_at IS NULL;
ALTER TABLE check_run ALTER COLUMN status SET NOT NULL;
ALTER TABLE check_run ALTER COLUMN deadline_at SET NOT NULL;
ALTER TABLE check_run ADD CONSTRAINT check_run_status_check CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'));
CREATE INDEX check_run_running_idx ON check_run (deadline_at) WHERE status = 'RUNNING';
