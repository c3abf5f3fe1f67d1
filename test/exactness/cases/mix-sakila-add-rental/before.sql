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
