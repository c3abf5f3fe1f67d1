-- No change: a sakila-like schema; the diff must be "no changes".
CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');
CREATE TABLE language (
  language_id serial PRIMARY KEY,
  name character(20) NOT NULL,
  last_update timestamp NOT NULL DEFAULT now()
);
CREATE TABLE actor (
  actor_id serial PRIMARY KEY,
  first_name varchar(45) NOT NULL,
  last_name varchar(45) NOT NULL,
  last_update timestamp NOT NULL DEFAULT now()
);
CREATE INDEX idx_actor_last_name ON actor (last_name);
CREATE TABLE film (
  film_id serial PRIMARY KEY,
  title varchar(255) NOT NULL,
  description text,
  release_year integer,
  language_id integer NOT NULL REFERENCES language (language_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  rental_duration smallint NOT NULL DEFAULT 3,
  rental_rate numeric(4,2) NOT NULL DEFAULT 4.99,
  length smallint,
  replacement_cost numeric(5,2) NOT NULL DEFAULT 19.99,
  rating mpaa_rating DEFAULT 'G',
  last_update timestamp NOT NULL DEFAULT now(),
  special_features text[],
  fulltext tsvector NOT NULL DEFAULT ''
);
CREATE INDEX idx_title ON film (title);
CREATE INDEX film_fulltext_idx ON film USING gist (fulltext);
CREATE TABLE film_actor (
  actor_id integer NOT NULL REFERENCES actor (actor_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  film_id integer NOT NULL REFERENCES film (film_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  last_update timestamp NOT NULL DEFAULT now(),
  PRIMARY KEY (actor_id, film_id)
);
CREATE INDEX idx_fk_film_id ON film_actor (film_id);

CREATE TABLE customer (
  customer_id serial PRIMARY KEY,
  first_name varchar(45) NOT NULL,
  last_name varchar(45) NOT NULL,
  email varchar(50),
  activebool boolean NOT NULL DEFAULT true,
  create_date date NOT NULL DEFAULT CURRENT_DATE,
  active integer
);
CREATE INDEX idx_last_name ON customer (last_name);
CREATE TABLE inventory (
  inventory_id serial PRIMARY KEY,
  film_id integer NOT NULL REFERENCES film (film_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  last_update timestamp NOT NULL DEFAULT now()
);
CREATE TABLE rental (
  rental_id serial PRIMARY KEY,
  rental_date timestamp NOT NULL,
  inventory_id integer NOT NULL REFERENCES inventory (inventory_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  customer_id integer NOT NULL REFERENCES customer (customer_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  return_date timestamp,
  last_update timestamp NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_unq_rental_rental_date_inventory_id_customer_id ON rental (rental_date, inventory_id, customer_id);
CREATE TABLE payment (
  payment_id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customer (customer_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  rental_id integer REFERENCES rental (rental_id) ON UPDATE CASCADE ON DELETE SET NULL,
  amount numeric(5,2) NOT NULL CHECK (amount >= 0),
  payment_date timestamp NOT NULL
);
CREATE INDEX idx_fk_customer_id ON payment (customer_id);
