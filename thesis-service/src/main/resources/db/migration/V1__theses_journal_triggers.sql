CREATE TABLE thesis (
  id          UUID PRIMARY KEY,
  title       VARCHAR(200)  NOT NULL,
  summary     VARCHAR(10000),
  stance      VARCHAR(10)   NOT NULL CHECK (stance IN ('LONG', 'SHORT', 'WATCH')),
  layer       VARCHAR(20)   NOT NULL CHECK (layer IN ('INFRASTRUCTURE', 'PLATFORM', 'APPLICATION', 'OTHER')),
  companies   VARCHAR(20)[] NOT NULL,
  conviction  SMALLINT      NOT NULL CHECK (conviction BETWEEN 1 AND 5),
  horizon     DATE,
  owner       VARCHAR(100)  NOT NULL,
  status      VARCHAR(12)   NOT NULL CHECK (status IN ('ACTIVE', 'AT_RISK', 'INVALIDATED', 'CLOSED')),
  version     BIGINT        NOT NULL,
  created_at  TIMESTAMPTZ   NOT NULL,
  updated_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX thesis_created_idx ON thesis (created_at DESC, id);
CREATE INDEX thesis_status_idx ON thesis (status);
CREATE INDEX thesis_companies_idx ON thesis USING GIN (companies);

CREATE TABLE risk_trigger (
  id              UUID PRIMARY KEY,
  thesis_id       UUID          NOT NULL REFERENCES thesis (id) ON DELETE CASCADE,
  name            VARCHAR(200)  NOT NULL,
  subject         VARCHAR(20)   NOT NULL,
  metric          VARCHAR(40)   NOT NULL,
  transform       VARCHAR(12)   NOT NULL CHECK (transform IN ('VALUE', 'YOY_PCT', 'POP_PCT', 'CHANGE_PCT')),
  series_window   INTEGER,
  operator        VARCHAR(16)   NOT NULL CHECK (operator IN ('GT', 'GTE', 'LT', 'LTE', 'CROSSES_ABOVE', 'CROSSES_BELOW')),
  threshold       NUMERIC       NOT NULL,
  clear_threshold NUMERIC,
  for_periods     INTEGER       NOT NULL CHECK (for_periods >= 1),
  severity        VARCHAR(10)   NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
  enabled         BOOLEAN       NOT NULL,
  snoozed_until   TIMESTAMPTZ,
  version         BIGINT        NOT NULL,
  created_at      TIMESTAMPTZ   NOT NULL,
  updated_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX risk_trigger_thesis_idx ON risk_trigger (thesis_id, created_at, id);
-- the trigger listing that alert-service pages through on every check
CREATE INDEX risk_trigger_enabled_idx ON risk_trigger (id) WHERE enabled;

CREATE TABLE journal_entry (
  id          BIGSERIAL PRIMARY KEY,
  thesis_id   UUID          NOT NULL REFERENCES thesis (id) ON DELETE CASCADE,
  kind        VARCHAR(20)   NOT NULL CHECK (kind IN ('NOTE', 'TRIGGER_FIRED', 'TRIGGER_RESOLVED')),
  note        VARCHAR(10000) NOT NULL,
  author      VARCHAR(100)  NOT NULL,
  system      BOOLEAN       NOT NULL,
  trigger_id  UUID,
  event_id    VARCHAR(100),
  value       NUMERIC,
  period      VARCHAR(10),
  created_at  TIMESTAMPTZ   NOT NULL,
  CONSTRAINT journal_entry_event_unique UNIQUE (event_id)
);
CREATE INDEX journal_entry_thesis_idx ON journal_entry (thesis_id, created_at DESC, id DESC);
