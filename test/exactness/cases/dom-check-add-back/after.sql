-- Reverse of dom-check-add: a domain's CHECK constraint is dropped.
CREATE DOMAIN email AS text;
