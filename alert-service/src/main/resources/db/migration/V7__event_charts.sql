-- The chart of an event's series (PNG), drawn once, when the first email about the event goes out, and attached
-- to every email about it: delivery needs neither company-service nor a second drawing.
CREATE TABLE alert_event_chart (
    event_id uuid PRIMARY KEY REFERENCES alert_event (id) ON DELETE CASCADE,
    png      bytea       NOT NULL,
    drawn_at timestamptz NOT NULL DEFAULT now()
);
