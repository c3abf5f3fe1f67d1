-- Columns of many built-in types added at once.
CREATE TABLE t (id int PRIMARY KEY, a smallint, b real, c double precision, d money, e bytea, f uuid, g json, h jsonb, i inet, j cidr, k macaddr, l date, m time(2), n timetz, o xml, p tsvector, q int8range, r point, s box);
