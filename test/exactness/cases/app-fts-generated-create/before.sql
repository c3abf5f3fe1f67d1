-- An articles table without search.
CREATE TABLE articles (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL, body text, tags text[] NOT NULL DEFAULT '{}');
