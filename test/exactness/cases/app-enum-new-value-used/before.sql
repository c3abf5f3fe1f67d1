-- A subscription_status enum used by a column.
CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'canceled');
CREATE TABLE subscriptions (id integer PRIMARY KEY, status subscription_status NOT NULL DEFAULT 'trialing');
