-- A small app schema with comments on a domain, a table, a column, a policy, a trigger, a function, a view and its column, an index and a constraint.
CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
CREATE TABLE posts (id integer PRIMARY KEY, slug slug NOT NULL UNIQUE, author text NOT NULL DEFAULT current_user, updated_at timestamptz);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_author ON posts USING (author = current_user);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE VIEW post_slugs AS SELECT id, slug FROM posts;
CREATE INDEX posts_updated_idx ON posts (updated_at);
COMMENT ON DOMAIN slug IS 'URL-safe identifier';
COMMENT ON TABLE posts IS 'Blog posts';
COMMENT ON COLUMN posts.author IS 'Role that wrote the post';
COMMENT ON POLICY posts_author ON posts IS 'Authors see their own posts';
COMMENT ON TRIGGER posts_touch ON posts IS 'Keeps updated_at current';
COMMENT ON FUNCTION touch() IS 'Generic updated_at trigger function';
COMMENT ON VIEW post_slugs IS 'Slugs for the sitemap';
COMMENT ON COLUMN post_slugs.slug IS 'Public slug';
COMMENT ON INDEX posts_updated_idx IS 'For the recently-updated feed';
COMMENT ON CONSTRAINT posts_slug_key ON posts IS 'Slugs are unique';
