-- A RANGE key of two columns (year, month), bounds of two values each, MAXVALUE for the last.
CREATE TABLE sales (
    id bigint NOT NULL,
    sale_year int NOT NULL,
    sale_month int NOT NULL,
    amount numeric(12,2) NOT NULL
) PARTITION BY RANGE (sale_year, sale_month);
CREATE TABLE sales_2024h1 PARTITION OF sales FOR VALUES FROM (2024, 1) TO (2024, 7);
CREATE TABLE sales_2024h2 PARTITION OF sales FOR VALUES FROM (2024, 7) TO (2025, 1);
CREATE TABLE sales_later PARTITION OF sales FOR VALUES FROM (2025, 1) TO (MAXVALUE, MAXVALUE);
