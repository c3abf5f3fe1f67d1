-- No change: bounds spelled differently (DATE '...', '20250101', '100' and 50 + 50, casts, a repeated list value, lowercase minvalue, REMAINDER before MODULUS); the diff must be "no changes".
create table readings (id int4 not null, taken_on date not null, v numeric) partition by range (taken_on);
create table readings_2024 partition of readings for values from (DATE '2024-01-01') to ('20250101');
create table readings_old partition of readings for values from (minvalue) to ('2024-01-01'::date);
CREATE TABLE buckets (n integer NOT NULL, label text) PARTITION BY RANGE (n);
CREATE TABLE buckets_low PARTITION OF buckets FOR VALUES FROM ('0') TO (50 + 50);
CREATE TABLE buckets_high PARTITION OF buckets FOR VALUES FROM (100) TO ('1000'::int);
CREATE TABLE codes (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE codes_ab PARTITION OF codes FOR VALUES IN ('a'::text, 'b', 'a');
CREATE TABLE shards (id int8 NOT NULL) PARTITION BY HASH (id);
CREATE TABLE shards_0 PARTITION OF shards FOR VALUES WITH (remainder 0, modulus 2);
CREATE TABLE shards_1 PARTITION OF shards FOR VALUES WITH (REMAINDER 1, MODULUS 2);
