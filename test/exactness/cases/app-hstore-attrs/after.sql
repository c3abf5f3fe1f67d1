-- hstore arrives: an hstore column with an empty-hstore DEFAULT, a GIN index on it, a CHECK using the ? operator, and an expression index on one key.
CREATE EXTENSION hstore;
CREATE TABLE settings (id integer PRIMARY KEY, owner text NOT NULL, attrs jsonb NOT NULL DEFAULT '{}',
  flags hstore NOT NULL DEFAULT ''::hstore CONSTRAINT flags_has_version CHECK (flags ? 'version' OR flags = ''::hstore));
CREATE INDEX settings_flags_idx ON settings USING gin (flags);
CREATE INDEX settings_flags_theme_idx ON settings ((flags -> 'theme'));
