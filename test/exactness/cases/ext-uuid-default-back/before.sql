CREATE EXTENSION "uuid-ossp";
CREATE TABLE session (id integer PRIMARY KEY, token uuid NOT NULL DEFAULT uuid_generate_v4());
