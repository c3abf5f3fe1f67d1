-- A schema with a table in it: dropped.

