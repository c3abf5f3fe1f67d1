-- A function gains a comment.
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
COMMENT ON FUNCTION add(int, int) IS 'Adds two integers';
