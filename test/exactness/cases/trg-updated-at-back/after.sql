-- Reverse of trg-updated-at: the updated_at trigger, its function and the column are dropped.
CREATE TABLE account (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
