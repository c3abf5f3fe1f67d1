-- Email columns go back to text with a lower(email) unique index; the email domain and citext are dropped.
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_lower_key ON accounts (lower(email));
CREATE TABLE invitations (id integer PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts, invitee_email text NOT NULL);
