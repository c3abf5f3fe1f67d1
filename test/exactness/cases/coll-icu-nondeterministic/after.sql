-- A case-insensitive ICU collation (nondeterministic) for an email column.
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE users (id int PRIMARY KEY, email text COLLATE case_insensitive);
