-- integer -> bigint keeping the old type maximum as an explicit MAXVALUE (PostgreSQL would move a default bound).
CREATE SEQUENCE s AS bigint MAXVALUE 2147483647;
