CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE logins (
    id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES users,
    at timestamptz NOT NULL DEFAULT now(),
    ip inet,
    PRIMARY KEY (id)
);
CREATE INDEX logins_user_id_idx ON logins (user_id);
