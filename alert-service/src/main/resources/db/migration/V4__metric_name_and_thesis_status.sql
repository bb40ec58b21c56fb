-- An event keeps what its email explains: the metric's name ("Chinese models' share of PC usage") beside its
-- code, and the thesis' status when the trigger was checked (a CRITICAL firing puts an ACTIVE thesis AT_RISK).
-- Rows from before stay NULL: neither was recorded.
ALTER TABLE alert_event ADD COLUMN metric_name VARCHAR(200);
ALTER TABLE alert_event ADD COLUMN thesis_status VARCHAR(20);
