-- Companies and groups share one code space: one row per subject, kind tells which.
CREATE TABLE subject (
  id          BIGSERIAL PRIMARY KEY,
  code        VARCHAR(20)   NOT NULL,
  kind        VARCHAR(10)   NOT NULL CHECK (kind IN ('COMPANY', 'GROUP')),
  name        VARCHAR(200)  NOT NULL,
  exchange    VARCHAR(20),
  country     VARCHAR(2),
  layer       VARCHAR(20)   CHECK (layer IN ('INFRASTRUCTURE', 'PLATFORM', 'APPLICATION', 'OTHER')),
  description VARCHAR(2000),
  created_at  TIMESTAMPTZ   NOT NULL,
  updated_at  TIMESTAMPTZ   NOT NULL,
  CONSTRAINT subject_code_unique UNIQUE (code)
);
CREATE INDEX subject_kind_code_idx ON subject (kind, code);
CREATE INDEX subject_layer_idx ON subject (layer) WHERE kind = 'COMPANY';

CREATE TABLE subject_tag (
  subject_id BIGINT      NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
  tag        VARCHAR(40) NOT NULL,
  PRIMARY KEY (subject_id, tag)
);
CREATE INDEX subject_tag_tag_idx ON subject_tag (tag);

CREATE TABLE group_member (
  group_id  BIGINT NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES subject (id),
  PRIMARY KEY (group_id, member_id)
);
CREATE INDEX group_member_member_idx ON group_member (member_id);

CREATE TABLE metric (
  id          BIGSERIAL PRIMARY KEY,
  code        VARCHAR(40)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  unit        VARCHAR(20)   NOT NULL CHECK (unit IN ('USD', 'PERCENT', 'COUNT', 'USD_PER_MTOK', 'FLOP')),
  additive    BOOLEAN       NOT NULL,
  description VARCHAR(2000),
  created_at  TIMESTAMPTZ   NOT NULL,
  CONSTRAINT metric_code_unique UNIQUE (code)
);

-- One value per (subject, metric, period); the unique index also serves every series read.
CREATE TABLE observation (
  id          BIGSERIAL PRIMARY KEY,
  subject_id  BIGINT        NOT NULL REFERENCES subject (id),
  metric_id   BIGINT        NOT NULL REFERENCES metric (id),
  period      VARCHAR(10)   NOT NULL,
  value       NUMERIC       NOT NULL,
  source      VARCHAR(1000),
  recorded_at TIMESTAMPTZ   NOT NULL,
  CONSTRAINT observation_key_unique UNIQUE (subject_id, metric_id, period)
);
CREATE INDEX observation_metric_idx ON observation (metric_id);

-- Every value an observation had before it was restated.
CREATE TABLE observation_history (
  id             BIGSERIAL PRIMARY KEY,
  observation_id BIGINT        NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
  value          NUMERIC       NOT NULL,
  source         VARCHAR(1000),
  recorded_at    TIMESTAMPTZ   NOT NULL,
  superseded_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX observation_history_observation_idx ON observation_history (observation_id, superseded_at DESC);
