-- A LIST key on an expression, (lower(region)), with a DEFAULT partition.
CREATE TABLE stores (
    id int NOT NULL,
    region text NOT NULL,
    name text
) PARTITION BY LIST (lower(region));
CREATE TABLE stores_north PARTITION OF stores FOR VALUES IN ('north', 'northeast');
CREATE TABLE stores_south PARTITION OF stores FOR VALUES IN ('south');
CREATE TABLE stores_other PARTITION OF stores DEFAULT;
