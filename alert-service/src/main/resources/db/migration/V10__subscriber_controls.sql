-- Subscribers in control of when email reaches them: their time zone (null: taken from their locale), quiet hours
-- in local time (both ends or neither; a start after the end runs across midnight), whether a CRITICAL alert
-- breaks through them, the local hour of their digest, a daily cap on immediate emails, and the local date of the
-- latest digest they were sent (one a day).
ALTER TABLE subscriber ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE subscriber ADD COLUMN quiet_start TIME;
ALTER TABLE subscriber ADD COLUMN quiet_end TIME;
ALTER TABLE subscriber ADD COLUMN critical_in_quiet_hours BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE subscriber ADD COLUMN digest_hour INTEGER NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23);
ALTER TABLE subscriber ADD COLUMN daily_cap INTEGER CHECK (daily_cap BETWEEN 1 AND 1000);
ALTER TABLE subscriber ADD COLUMN last_digest_on DATE;
ALTER TABLE subscriber ADD CONSTRAINT subscriber_quiet_hours_check
  CHECK ((quiet_start IS NULL) = (quiet_end IS NULL) AND (quiet_start IS NULL OR quiet_start <> quiet_end));

-- Erasure keeps an anonymous row (its id, status and dates) so that counts of what was sent stay true; the address
-- and the name are gone.
ALTER TABLE subscriber ALTER COLUMN email DROP NOT NULL;
ALTER TABLE subscriber DROP CONSTRAINT subscriber_status_check;
ALTER TABLE subscriber ADD CONSTRAINT subscriber_status_check
  CHECK (status IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED', 'ERASED'));
ALTER TABLE subscriber ADD CONSTRAINT subscriber_erased_check CHECK ((status = 'ERASED') = (email IS NULL));

-- A subscription's own settings: a minimum severity over the subscriber's, and a mute until a time.
ALTER TABLE subscription ADD COLUMN min_severity VARCHAR(10) CHECK (min_severity IN ('INFO', 'WARNING', 'CRITICAL'));
ALTER TABLE subscription ADD COLUMN muted_until TIMESTAMPTZ;

-- An alert for a muted subscription or a snoozed trigger is recorded as SUPPRESSED, not sent; when the mute or
-- snooze ends while the trigger still fires, that row becomes the one REMINDER. An immediate alert beyond the
-- subscriber's daily cap waits for their next digest (in_digest). KNOWN_ADDRESS answers a sign-up of a
-- known address by email, so that the API does not tell who is subscribed.
ALTER TABLE delivery DROP CONSTRAINT delivery_status_check;
ALTER TABLE delivery ALTER COLUMN status TYPE VARCHAR(10);
ALTER TABLE delivery ADD CONSTRAINT delivery_status_check
  CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DROPPED', 'SUPPRESSED'));
ALTER TABLE delivery DROP CONSTRAINT delivery_kind_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_kind_check
  CHECK (kind IN ('ALERT', 'REMINDER', 'CONFIRMATION', 'KNOWN_ADDRESS', 'WEBHOOK_DISABLED'));
ALTER TABLE delivery ADD COLUMN in_digest BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX delivery_suppressed_idx ON delivery (event_id) WHERE status = 'SUPPRESSED';
CREATE INDEX delivery_sent_idx ON delivery (subscriber_id, sent_at) WHERE status = 'SENT';
