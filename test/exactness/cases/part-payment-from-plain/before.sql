CREATE TABLE customer (
    customer_id serial PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text
);
CREATE TABLE staff (
    staff_id serial PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);
CREATE TABLE rental (
    rental_id serial PRIMARY KEY,
    rental_date timestamptz NOT NULL,
    customer_id int NOT NULL REFERENCES customer,
    staff_id int NOT NULL REFERENCES staff
);
CREATE TABLE payment (
    payment_id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer (customer_id),
    staff_id integer NOT NULL REFERENCES staff (staff_id),
    rental_id integer NOT NULL REFERENCES rental (rental_id) ON UPDATE CASCADE ON DELETE SET NULL,
    amount numeric(5,2) NOT NULL,
    payment_date timestamptz NOT NULL
);
CREATE INDEX idx_fk_customer_id ON payment (customer_id);
CREATE INDEX idx_fk_staff_id ON payment (staff_id);
