-- Email columns move to an email domain over citext with a CHECK regex; the lower() unique index becomes a plain unique index on the citext column.
CREATE EXTENSION citext;
CREATE DOMAIN email AS citext CHECK (VALUE ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
CREATE TABLE accounts (id integer PRIMARY KEY, email email NOT NULL);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
CREATE TABLE invitations (id integer PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts, invitee_email email NOT NULL);
