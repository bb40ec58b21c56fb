-- An event of a trigger on an expression keeps the expression (its words are in metric_name) instead of one
-- subject, metric and transform.
ALTER TABLE alert_event
  ALTER COLUMN subject DROP NOT NULL,
  ALTER COLUMN metric DROP NOT NULL,
  ALTER COLUMN transform DROP NOT NULL,
  ADD COLUMN expression VARCHAR(500),
  ADD CONSTRAINT alert_event_one_series CHECK (
    (expression IS NULL AND subject IS NOT NULL AND metric IS NOT NULL AND transform IS NOT NULL)
    OR (expression IS NOT NULL AND subject IS NULL AND metric IS NULL AND transform IS NULL));
