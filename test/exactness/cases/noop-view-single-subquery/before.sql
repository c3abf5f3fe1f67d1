-- A view whose only FROM item is a sub-query (its own columns stay qualified in every version; the outer ones do not from 16 on).
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
CREATE VIEW big_orders AS SELECT o.id, o.total FROM (SELECT id, total FROM orders WHERE total > 10) o WHERE o.total < 1000;
CREATE VIEW by_customer AS SELECT c.customer_id, c.n FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) AS c;
