CREATE TABLE t (id integer);
CREATE TABLE empty_one ();
COMMENT ON TABLE empty_one IS 'nothing yet';
