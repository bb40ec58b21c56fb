-- A check run is a set of work items, each a range of trigger ids of about alert.check.item-size triggers (bounded
-- by ids that thesis-service cuts its feed at). Every replica claims pending items with FOR UPDATE SKIP LOCKED and
-- a lease, evaluates the item's triggers and records their states, events and outbox rows in the transaction that
-- marks the item DONE, but only while it still holds the lease. An item whose replica died is claimed again once
-- the lease has ended. The run completes when every item is DONE (FAILED when one could not read its triggers).
CREATE TABLE check_item (
  run_id       BIGINT       NOT NULL REFERENCES check_run (id) ON DELETE CASCADE,
  seq          INTEGER      NOT NULL,
  -- the range: ids after after_id (none: from the first) through through_id (none: to the last)
  after_id     UUID,
  through_id   UUID,
  status       VARCHAR(7)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CLAIMED', 'DONE', 'FAILED')),
  lease_token  UUID,
  lease_until  TIMESTAMPTZ,
  replica      VARCHAR(120),
  attempts     INTEGER      NOT NULL DEFAULT 0,
  started_at   TIMESTAMPTZ,
  finished_at  TIMESTAMPTZ,
  evaluated    INTEGER      NOT NULL DEFAULT 0,
  fired        INTEGER      NOT NULL DEFAULT 0,
  resolved     INTEGER      NOT NULL DEFAULT 0,
  no_data      INTEGER      NOT NULL DEFAULT 0,
  errors       INTEGER      NOT NULL DEFAULT 0,
  http_calls   INTEGER      NOT NULL DEFAULT 0,
  problem      VARCHAR(1000),
  PRIMARY KEY (run_id, seq)
);
CREATE INDEX check_item_open_idx ON check_item (run_id, seq) WHERE status IN ('PENDING', 'CLAIMED');

-- How many items the run was cut into; null until it has been (a run without items is not complete).
ALTER TABLE check_run ADD COLUMN items INTEGER;
UPDATE check_run SET items = 0 WHERE status <> 'RUNNING';

-- One run at a time across the cluster: a second one cannot start while one is RUNNING (this replaces the advisory
-- lock that the replica running the whole check used to hold).
UPDATE check_run SET status = 'FAILED', finished_at = now(),
  problem = LEFT(COALESCE(problem || '; ', '') || 'found running when checks were split into work items', 2000)
  WHERE status = 'RUNNING';
CREATE UNIQUE INDEX check_run_one_running ON check_run ((true)) WHERE status = 'RUNNING';

-- A trigger's event is recorded once per run, whichever replica evaluates it and however often.
CREATE UNIQUE INDEX alert_event_once_per_run ON alert_event (check_run_id, trigger_id);

-- The ticks of scheduled jobs that some replica has claimed (the digest sweep): a job runs a tick only after
-- inserting its row, so of several replicas firing on the same cron only one runs it.
CREATE TABLE scheduled_tick (
  job         VARCHAR(60)  NOT NULL,
  tick        TIMESTAMPTZ  NOT NULL,
  claimed_at  TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (job, tick)
);
