CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, v text, PRIMARY KEY (id, at));
CREATE TABLE r (id int PRIMARY KEY, ev_id bigint, ev_at date, FOREIGN KEY (ev_id, ev_at) REFERENCES ev);
CREATE VIEW ev_v AS SELECT id, v FROM ev;
