-- Periods as investors mean them (ARCHITECTURE.md, "Periods").

-- A company's nominal fiscal year end, MM-DD. Groups keep 12-31: their own observations are calendar.
ALTER TABLE subject ADD COLUMN fiscal_year_end VARCHAR(5) NOT NULL DEFAULT '12-31';

-- How a metric adds up over time. Existing metrics: money over a period flows, every other unit is a level.
ALTER TABLE metric ADD COLUMN temporal VARCHAR(5);
UPDATE metric SET temporal = CASE WHEN unit = 'USD' THEN 'FLOW' ELSE 'STOCK' END;
ALTER TABLE metric ALTER COLUMN temporal SET NOT NULL;
ALTER TABLE metric ADD CONSTRAINT metric_temporal_check CHECK (temporal IN ('FLOW', 'STOCK'));

-- The kind of each observation's period (the label says it; kept so a read can choose by kind in SQL), the
-- real days of a period taken from a filing (others have their year end's nominal days, computed on read),
-- and whether the value was derived from other facts (a quarter from year-to-date filings).
ALTER TABLE observation ADD COLUMN period_kind VARCHAR(7);
UPDATE observation SET period_kind = CASE
  WHEN period LIKE '%-Q%' THEN 'QUARTER'
  WHEN length(period) = 4 THEN 'YEAR'
  WHEN length(period) = 7 THEN 'MONTH'
  ELSE 'DAY' END;
ALTER TABLE observation ALTER COLUMN period_kind SET NOT NULL;
ALTER TABLE observation ADD CONSTRAINT observation_period_kind_check
  CHECK (period_kind IN ('YEAR', 'QUARTER', 'MONTH', 'DAY'));
ALTER TABLE observation ADD COLUMN period_start DATE;
ALTER TABLE observation ADD COLUMN period_end DATE;
ALTER TABLE observation ADD CONSTRAINT observation_period_days_check
  CHECK ((period_start IS NULL) = (period_end IS NULL) AND (period_start IS NULL OR period_start <= period_end));
ALTER TABLE observation ADD COLUMN derived BOOLEAN NOT NULL DEFAULT false;
