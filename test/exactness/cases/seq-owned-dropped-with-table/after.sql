-- A table and a non-serial sequence it owns (used by its default).
CREATE TABLE u (id bigint);
CREATE SEQUENCE u_ids INCREMENT BY 10 OWNED BY u.id;
ALTER TABLE u ALTER id SET DEFAULT nextval('u_ids');
