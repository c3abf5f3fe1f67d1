-- A RANGE key on an expression, ((created_at::date)), with a MINVALUE partition for older rows.
CREATE TABLE page_views (
    id bigint NOT NULL,
    created_at timestamp NOT NULL,
    path text NOT NULL
) PARTITION BY RANGE ((created_at::date));
CREATE TABLE page_views_old PARTITION OF page_views FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE page_views_2024 PARTITION OF page_views FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON page_views (path);
