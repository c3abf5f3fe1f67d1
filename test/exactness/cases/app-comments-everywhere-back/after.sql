-- Every comment is removed (COMMENT ... IS NULL on each object).
CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
CREATE TABLE posts (id integer PRIMARY KEY, slug slug NOT NULL UNIQUE, author text NOT NULL DEFAULT current_user, updated_at timestamptz);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_author ON posts USING (author = current_user);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE VIEW post_slugs AS SELECT id, slug FROM posts;
CREATE INDEX posts_updated_idx ON posts (updated_at);
