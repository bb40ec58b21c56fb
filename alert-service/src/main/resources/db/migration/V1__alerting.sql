CREATE TABLE subscriber (
  id               UUID PRIMARY KEY,
  email            VARCHAR(254) NOT NULL,
  name             VARCHAR(200),
  delivery         VARCHAR(10)  NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY')),
  min_severity     VARCHAR(10)  NOT NULL CHECK (min_severity IN ('INFO', 'WARNING', 'CRITICAL')),
  notify_resolved  BOOLEAN      NOT NULL,
  locale           VARCHAR(5)   NOT NULL CHECK (locale IN ('en', 'zh-TW')),
  status           VARCHAR(12)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED')),
  created_at       TIMESTAMPTZ  NOT NULL,
  confirmed_at     TIMESTAMPTZ,
  unsubscribed_at  TIMESTAMPTZ,
  CONSTRAINT subscriber_email_unique UNIQUE (email)
);

CREATE TABLE subscription (
  id            UUID PRIMARY KEY,
  subscriber_id UUID        NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
  thesis_id     UUID,
  company       VARCHAR(20),
  created_at    TIMESTAMPTZ NOT NULL,
  CHECK ((thesis_id IS NULL) <> (company IS NULL)),
  CONSTRAINT subscription_thesis_unique UNIQUE (subscriber_id, thesis_id),
  CONSTRAINT subscription_company_unique UNIQUE (subscriber_id, company)
);
CREATE INDEX subscription_thesis_idx ON subscription (thesis_id) WHERE thesis_id IS NOT NULL;
CREATE INDEX subscription_company_idx ON subscription (company) WHERE company IS NOT NULL;

-- Scheduled checks carry the tick they belong to: unique, so that of several replicas only one runs it.
CREATE TABLE check_run (
  id            BIGSERIAL PRIMARY KEY,
  origin        VARCHAR(10)  NOT NULL CHECK (origin IN ('SCHEDULE', 'REQUEST')),
  scheduled_for TIMESTAMPTZ,
  started_at    TIMESTAMPTZ  NOT NULL,
  finished_at   TIMESTAMPTZ,
  evaluated     INTEGER      NOT NULL DEFAULT 0,
  fired         INTEGER      NOT NULL DEFAULT 0,
  resolved      INTEGER      NOT NULL DEFAULT 0,
  no_data       INTEGER      NOT NULL DEFAULT 0,
  errors        INTEGER      NOT NULL DEFAULT 0,
  http_calls    INTEGER      NOT NULL DEFAULT 0,
  problem       VARCHAR(2000),
  CONSTRAINT check_run_tick_unique UNIQUE (scheduled_for)
);
CREATE INDEX check_run_started_idx ON check_run (started_at DESC, id DESC);

CREATE TABLE trigger_state (
  trigger_id      UUID PRIMARY KEY,
  thesis_id       UUID          NOT NULL,
  state           VARCHAR(8)    NOT NULL CHECK (state IN ('OK', 'FIRING', 'NO_DATA', 'ERROR')),
  -- whether an alert episode is open: NO_DATA and ERROR keep it as it was
  firing          BOOLEAN       NOT NULL,
  last_value      NUMERIC,
  last_period     VARCHAR(10),
  since           TIMESTAMPTZ   NOT NULL,
  last_checked_at TIMESTAMPTZ   NOT NULL,
  error           VARCHAR(1000)
);
CREATE INDEX trigger_state_thesis_idx ON trigger_state (thesis_id);

CREATE TABLE alert_event (
  id            UUID PRIMARY KEY,
  trigger_id    UUID          NOT NULL,
  thesis_id     UUID          NOT NULL,
  check_run_id  BIGINT        REFERENCES check_run (id),
  kind          VARCHAR(8)    NOT NULL CHECK (kind IN ('FIRED', 'RESOLVED')),
  severity      VARCHAR(10)   NOT NULL,
  value         NUMERIC,
  period        VARCHAR(10),
  thesis_title  VARCHAR(200)  NOT NULL,
  trigger_name  VARCHAR(200)  NOT NULL,
  subject       VARCHAR(20)   NOT NULL,
  metric        VARCHAR(40)   NOT NULL,
  transform     VARCHAR(12)   NOT NULL,
  series_window INTEGER,
  operator      VARCHAR(16)   NOT NULL,
  threshold     NUMERIC       NOT NULL,
  clear_threshold NUMERIC,
  unit          VARCHAR(20),
  recent_points VARCHAR(2000) NOT NULL,
  occurred_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX alert_event_occurred_idx ON alert_event (occurred_at DESC, id);
CREATE INDEX alert_event_thesis_idx ON alert_event (thesis_id, occurred_at DESC);
CREATE INDEX alert_event_trigger_idx ON alert_event (trigger_id, occurred_at DESC);

-- The transactional outbox of emails: one row per (event, subscriber), written with the state change.
CREATE TABLE delivery (
  id              BIGSERIAL PRIMARY KEY,
  kind            VARCHAR(12)   NOT NULL CHECK (kind IN ('ALERT', 'CONFIRMATION')),
  event_id        UUID          REFERENCES alert_event (id),
  subscriber_id   UUID          NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
  status          VARCHAR(8)    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DROPPED')),
  attempts        INTEGER       NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  last_error      VARCHAR(1000),
  sent_at         TIMESTAMPTZ,
  created_at      TIMESTAMPTZ   NOT NULL,
  CONSTRAINT delivery_event_subscriber_unique UNIQUE (event_id, subscriber_id)
);
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_subscriber_idx ON delivery (subscriber_id, id DESC);

-- Critical events reported back to thesis-service, through the same outbox discipline.
CREATE TABLE thesis_notification (
  event_id        UUID PRIMARY KEY REFERENCES alert_event (id),
  thesis_id       UUID          NOT NULL,
  status          VARCHAR(8)    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        INTEGER       NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  last_error      VARCHAR(1000),
  sent_at         TIMESTAMPTZ
);
CREATE INDEX thesis_notification_due_idx ON thesis_notification (next_attempt_at) WHERE status = 'PENDING';
