-- The ticks of scheduled jobs that some replica has claimed: a job runs a tick only after inserting its row, so of
-- several replicas firing on the same cron only one runs it.
CREATE TABLE scheduled_tick (
  job         VARCHAR(60)  NOT NULL,
  tick        TIMESTAMPTZ  NOT NULL,
  claimed_at  TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (job, tick)
);
