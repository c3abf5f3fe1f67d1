-- A whole partitioned table goes: its partitions, sub-partitions, indexes and foreign key with it.
CREATE TABLE users (id bigint PRIMARY KEY);
