-- A table with a primary key: dropped.

