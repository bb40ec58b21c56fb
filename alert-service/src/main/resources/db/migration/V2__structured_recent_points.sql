-- An event keeps its recent points as structured JSON ([{"period": "2024", "value": 5.0}, ...]) instead of
-- the "period=value;period=value" text the mail composer had to parse back. PostgreSQL allows no subquery
-- in ALTER COLUMN ... USING, so the points go through a new column.
ALTER TABLE alert_event ADD COLUMN recent_points_json JSONB;
UPDATE alert_event SET recent_points_json = CASE WHEN recent_points = '' THEN '[]'::jsonb ELSE (
    SELECT jsonb_agg(jsonb_build_object('period', split_part(pair, '=', 1),
                                        'value', split_part(pair, '=', 2)::numeric) ORDER BY ord)
    FROM unnest(string_to_array(recent_points, ';')) WITH ORDINALITY AS p(pair, ord)
  ) END;
ALTER TABLE alert_event DROP COLUMN recent_points;
ALTER TABLE alert_event RENAME COLUMN recent_points_json TO recent_points;
ALTER TABLE alert_event ALTER COLUMN recent_points SET NOT NULL;
