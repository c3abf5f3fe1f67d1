-- A new UNLOGGED table: dropped.

