-- Reverse of seq-comment-add: a sequence comment is added.
CREATE SEQUENCE s;
