-- Webhook endpoints: a subscriber's (their own alerts) or an admin's integration (every alert), each with its
-- filters (an empty list lets everything through) and its Standard Webhooks signing secret; during a rotation the
-- previous secret signs too, until previous_secret_until.
CREATE TABLE webhook (
  id                    UUID PRIMARY KEY,
  subscriber_id         UUID          REFERENCES subscriber (id) ON DELETE CASCADE,
  owner_email           VARCHAR(254)  NOT NULL,
  url                   VARCHAR(2000) NOT NULL,
  description           VARCHAR(200),
  severities            VARCHAR(10)[] NOT NULL,
  kinds                 VARCHAR(8)[]  NOT NULL,
  thesis_ids            UUID[]        NOT NULL,
  companies             VARCHAR(20)[] NOT NULL,
  enabled               BOOLEAN       NOT NULL,
  disabled_reason       VARCHAR(300),
  consecutive_failures  INTEGER       NOT NULL DEFAULT 0,
  secret                VARCHAR(100)  NOT NULL,
  previous_secret       VARCHAR(100),
  previous_secret_until TIMESTAMPTZ,
  created_at            TIMESTAMPTZ   NOT NULL,
  updated_at            TIMESTAMPTZ   NOT NULL
);
CREATE INDEX webhook_subscriber_idx ON webhook (subscriber_id);
CREATE INDEX webhook_owner_idx ON webhook (owner_email);

-- The webhook outbox: one row per (event, endpoint), written with the event; message_id is the webhook-id header,
-- the same on every attempt, and payload the body, frozen when the row is written.
CREATE TABLE webhook_delivery (
  id              BIGSERIAL PRIMARY KEY,
  webhook_id      UUID          NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
  event_id        UUID          REFERENCES alert_event (id),
  message_id      VARCHAR(40)   NOT NULL UNIQUE,
  event_type      VARCHAR(20)   NOT NULL,
  payload         TEXT          NOT NULL,
  status          VARCHAR(8)    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DROPPED')),
  attempts        INTEGER       NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  last_error      VARCHAR(1000),
  sent_at         TIMESTAMPTZ,
  lease_token     UUID,
  created_at      TIMESTAMPTZ   NOT NULL,
  CONSTRAINT webhook_delivery_event_unique UNIQUE (event_id, webhook_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, id DESC);

-- Every attempt of a webhook delivery, as the receiver answered it.
CREATE TABLE webhook_attempt (
  id            BIGSERIAL PRIMARY KEY,
  delivery_id   BIGINT        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
  attempted_at  TIMESTAMPTZ   NOT NULL,
  status_code   INTEGER,
  latency_ms    INTEGER       NOT NULL,
  answer        VARCHAR(500),
  error         VARCHAR(1000)
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, id);

-- The email that tells a webhook's owner it was disabled: to the webhook's owner, who need not be a subscriber.
ALTER TABLE delivery ADD COLUMN webhook_id UUID REFERENCES webhook (id) ON DELETE CASCADE;
ALTER TABLE delivery ALTER COLUMN subscriber_id DROP NOT NULL;
ALTER TABLE delivery DROP CONSTRAINT delivery_kind_check;
ALTER TABLE delivery ALTER COLUMN kind TYPE VARCHAR(16);
ALTER TABLE delivery ADD CONSTRAINT delivery_kind_check
  CHECK (kind IN ('ALERT', 'CONFIRMATION', 'WEBHOOK_DISABLED'));
ALTER TABLE delivery ADD CONSTRAINT delivery_recipient_check
  CHECK ((kind = 'WEBHOOK_DISABLED' AND webhook_id IS NOT NULL)
         OR (kind <> 'WEBHOOK_DISABLED' AND subscriber_id IS NOT NULL));
