-- A subscription_status enum with a misspelled value, used by a column DEFAULT and a view.
CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'canceled');
CREATE TABLE subscriptions (id integer PRIMARY KEY, status subscription_status NOT NULL DEFAULT 'trialing');
CREATE VIEW active_subscriptions AS SELECT id FROM subscriptions WHERE status = 'active';
