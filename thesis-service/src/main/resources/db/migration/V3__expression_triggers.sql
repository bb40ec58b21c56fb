-- A trigger watches one series (subject, metric, transform) or an expression over series; exactly one of the two.
ALTER TABLE risk_trigger
  ALTER COLUMN subject DROP NOT NULL,
  ALTER COLUMN metric DROP NOT NULL,
  ALTER COLUMN transform DROP NOT NULL,
  ADD COLUMN expression VARCHAR(500),
  ADD COLUMN unit VARCHAR(20),
  ADD CONSTRAINT risk_trigger_one_series CHECK (
    (expression IS NULL AND subject IS NOT NULL AND metric IS NOT NULL AND transform IS NOT NULL AND unit IS NULL)
    OR (expression IS NOT NULL AND subject IS NULL AND metric IS NULL AND transform IS NULL AND series_window IS NULL
        AND kind IS NOT NULL));
