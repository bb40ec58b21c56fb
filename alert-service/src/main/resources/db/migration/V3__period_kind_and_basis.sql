-- An event, and a trigger's state, know the kind and basis of their period, so that it can be named
-- ("fiscal 2025 Q1", "calendar 2024"). Rows from before stay NULL: their kind and basis were never recorded.
ALTER TABLE alert_event ADD COLUMN period_kind VARCHAR(8) CHECK (period_kind IN ('YEAR', 'QUARTER', 'MONTH', 'DAY'));
ALTER TABLE alert_event ADD COLUMN basis VARCHAR(8) CHECK (basis IN ('FISCAL', 'CALENDAR'));
ALTER TABLE trigger_state ADD COLUMN last_period_kind VARCHAR(8)
  CHECK (last_period_kind IN ('YEAR', 'QUARTER', 'MONTH', 'DAY'));
ALTER TABLE trigger_state ADD COLUMN last_period_basis VARCHAR(8) CHECK (last_period_basis IN ('FISCAL', 'CALENDAR'));
