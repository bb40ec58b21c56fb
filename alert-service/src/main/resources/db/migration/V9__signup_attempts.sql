-- Sign-ups per client address, counted in the database so that every replica sees the same count (the client is
-- the address the request came from, or the one a trusted proxy forwarded). Rows older than the hour are deleted
-- as sign-ups come.
CREATE TABLE signup_attempt (
  client        VARCHAR(64)  NOT NULL,
  attempted_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX signup_attempt_client_idx ON signup_attempt (client, attempted_at);
CREATE INDEX signup_attempt_age_idx ON signup_attempt (attempted_at);
