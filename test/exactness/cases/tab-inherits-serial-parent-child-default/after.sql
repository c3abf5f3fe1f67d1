-- The child of a serial parent draws its ids elsewhere: its own default on the inherited id.
CREATE TABLE parent (id serial PRIMARY KEY, a integer);
CREATE TABLE child () INHERITS (parent);
CREATE SEQUENCE child_ids;
ALTER TABLE ONLY child ALTER COLUMN id SET DEFAULT nextval('child_ids');
