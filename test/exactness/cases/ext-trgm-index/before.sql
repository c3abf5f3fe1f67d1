CREATE TABLE article (id integer PRIMARY KEY, title text NOT NULL);
