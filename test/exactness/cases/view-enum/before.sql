CREATE TYPE status AS ENUM ('draft', 'active', 'archived');
CREATE TABLE doc (id int PRIMARY KEY, title text, st status NOT NULL DEFAULT 'draft');
