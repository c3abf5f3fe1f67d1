-- One domain check's comment changes, the other's goes, and a changed check keeps a comment.
CREATE DOMAIN amount AS numeric CONSTRAINT amount_positive CHECK (VALUE >= 0) CONSTRAINT amount_bounded CHECK (VALUE < 1000000);
COMMENT ON CONSTRAINT amount_positive ON DOMAIN amount IS 'refunds are separate';
CREATE TABLE payments (id int PRIMARY KEY, total amount);
