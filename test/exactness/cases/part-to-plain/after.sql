-- A partitioned table becomes a regular table (partitioning was overkill): the partitions go, the primary key narrows to id.
CREATE TABLE settings_history (
    id bigint NOT NULL,
    changed_on date NOT NULL,
    key text NOT NULL,
    value text,
    PRIMARY KEY (id)
);
