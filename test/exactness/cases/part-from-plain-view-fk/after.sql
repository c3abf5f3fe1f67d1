-- A table under a view and a foreign key becomes partitioned: the view and the reference are dropped around its re-creation and come back.
CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, v text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE r (id int PRIMARY KEY, ev_id bigint, ev_at date, FOREIGN KEY (ev_id, ev_at) REFERENCES ev);
CREATE VIEW ev_v AS SELECT id, v FROM ev;
