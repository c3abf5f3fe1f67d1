CREATE DOMAIN d_text AS text;
CREATE TABLE u (x d_text, arr int[], j jsonb);
CREATE INDEX u_x ON u (x);
CREATE INDEX u_arr ON u USING gin (arr);
CREATE INDEX u_j ON u USING gin (j);
