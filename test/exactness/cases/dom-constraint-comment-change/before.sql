-- Domain checks with comments.
CREATE DOMAIN amount AS numeric CONSTRAINT amount_positive CHECK (VALUE > 0) CONSTRAINT amount_bounded CHECK (VALUE < 1000000);
COMMENT ON CONSTRAINT amount_positive ON DOMAIN amount IS 'no refunds here';
COMMENT ON CONSTRAINT amount_bounded ON DOMAIN amount IS 'below a million';
CREATE TABLE payments (id int PRIMARY KEY, total amount);
