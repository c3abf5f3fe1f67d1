-- Index: domain array jsonb noop.
CREATE DOMAIN d_text AS text;
CREATE TABLE u (x d_text, arr int[], j jsonb);
CREATE INDEX u_x ON u (x text_ops);
CREATE INDEX u_arr ON u USING gin (arr array_ops);
CREATE INDEX u_j ON u USING gin (j jsonb_ops);
