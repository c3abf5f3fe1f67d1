-- A new table whose key defaults to nextval of a new sequence.
CREATE SEQUENCE ticket_no AS bigint START 1000 INCREMENT 10;
CREATE TABLE ticket (no bigint PRIMARY KEY DEFAULT nextval('ticket_no'), title text NOT NULL);
