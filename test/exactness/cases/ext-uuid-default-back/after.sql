-- Reverse of ext-uuid-default: a column whose default calls uuid_generate_v4() is dropped, then "uuid-ossp".
CREATE TABLE session (id integer PRIMARY KEY);
