-- Index: jsonb path ops.
CREATE DOMAIN d_text AS text;
CREATE TABLE u (x d_text, arr int[], j jsonb);
CREATE INDEX u_j ON u USING gin (j jsonb_path_ops);
