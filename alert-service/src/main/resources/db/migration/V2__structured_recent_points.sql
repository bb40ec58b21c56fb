-- An event keeps its recent points as structured JSON ([{"period": "2024", "value": 5.0}, ...]) instead of
-- the "period=value;period=value" text the mail composer had to parse back.
ALTER TABLE alert_event ALTER COLUMN recent_points TYPE JSONB USING (
  CASE WHEN recent_points = '' THEN '[]'::jsonb ELSE (
    SELECT jsonb_agg(jsonb_build_object('period', split_part(pair, '=', 1),
                                        'value', split_part(pair, '=', 2)::numeric) ORDER BY ord)
    FROM unnest(string_to_array(recent_points, ';')) WITH ORDINALITY AS p(pair, ord)
  ) END);
