-- An empty schema: dropped.

