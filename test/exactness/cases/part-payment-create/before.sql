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
