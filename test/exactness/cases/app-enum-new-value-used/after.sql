-- A new enum value is added and used in the same migration by a CHECK, a partial index and a view (ALTER TYPE ... ADD VALUE must commit before the value is used).
CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled');
CREATE TABLE subscriptions (id integer PRIMARY KEY, status subscription_status NOT NULL DEFAULT 'trialing', retry_count integer NOT NULL DEFAULT 0,
  CONSTRAINT subscriptions_retry_check CHECK (status = 'past_due' OR retry_count = 0));
CREATE INDEX subscriptions_past_due_idx ON subscriptions (id) WHERE status = 'past_due';
CREATE VIEW past_due_subscriptions AS SELECT id, retry_count FROM subscriptions WHERE status = 'past_due';
