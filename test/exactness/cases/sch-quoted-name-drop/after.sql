-- A schema whose name needs quoting, with a table: dropped.

