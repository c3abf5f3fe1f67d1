-- A domain gains a comment.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
COMMENT ON DOMAIN posint IS 'A positive integer';
