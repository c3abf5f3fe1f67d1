-- The same collation spelled another way: no change.
CREATE COLLATION ordinal (lc_collate = 'C', lc_ctype = 'C');
