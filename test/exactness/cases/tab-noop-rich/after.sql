-- pull-skip: relies on a table access method created with CREATE ACCESS METHOD, which gen does not manage
-- No change: an unlogged child with parameters, access method, replica identity and comment.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE parent (id integer NOT NULL, name text);
CREATE UNLOGGED TABLE child (extra integer NOT NULL, code text NOT NULL) INHERITS (parent) USING heap2 WITH (fillfactor=50, toast.autovacuum_enabled=false);
CREATE UNIQUE INDEX child_code ON child (code);
ALTER TABLE child REPLICA IDENTITY USING INDEX child_code;
COMMENT ON TABLE child IS 'rich';
