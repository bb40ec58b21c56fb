-- Null for triggers from before kinds and bases existed, until TriggerKindBackfill asks company-service.
ALTER TABLE risk_trigger
  ADD COLUMN kind  VARCHAR(8) CHECK (kind IN ('YEAR', 'QUARTER', 'MONTH', 'DAY')),
  ADD COLUMN basis VARCHAR(8) CHECK (basis IN ('FISCAL', 'CALENDAR'));
-- what the backfill looks for on each run; empty once every trigger has both
CREATE INDEX risk_trigger_period_missing_idx ON risk_trigger (subject, metric) WHERE kind IS NULL OR basis IS NULL;
