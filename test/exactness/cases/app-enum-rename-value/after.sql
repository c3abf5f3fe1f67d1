-- An enum value is spelled differently ('canceled' becomes 'cancelled'); the column with a DEFAULT and a view using the enum stay.
CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'cancelled');
CREATE TABLE subscriptions (id integer PRIMARY KEY, status subscription_status NOT NULL DEFAULT 'trialing');
CREATE VIEW active_subscriptions AS SELECT id FROM subscriptions WHERE status = 'active';
