-- The partitioning strategy changes from RANGE (opened_on) to LIST (status): the table and its partitions are rebuilt.
CREATE TABLE tickets (
    id bigint NOT NULL,
    status text NOT NULL,
    opened_on date NOT NULL,
    subject text
) PARTITION BY LIST (status);
CREATE TABLE tickets_open PARTITION OF tickets FOR VALUES IN ('new', 'open', 'pending');
CREATE TABLE tickets_closed PARTITION OF tickets FOR VALUES IN ('solved', 'closed');
