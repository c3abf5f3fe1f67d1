-- Index: jsonb path ops.
-- pull-skip: relies on a domain, which gen does not manage yet (a pulled schema cannot create it)
CREATE DOMAIN d_text AS text;
CREATE TABLE u (x d_text, arr int[], j jsonb);
CREATE INDEX u_j ON u USING gin (j jsonb_path_ops);
