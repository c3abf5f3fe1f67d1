-- requires: 14
-- An accounts table and a plpgsql transfer function.
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(14,2) NOT NULL DEFAULT 0 CHECK (balance >= 0));
CREATE TABLE transfers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, from_id integer NOT NULL REFERENCES accounts, to_id integer NOT NULL REFERENCES accounts, amount numeric(14,2) NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION transfer(p_from integer, p_to integer, p_amount numeric) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE accounts SET balance = balance - p_amount WHERE id = p_from;
  UPDATE accounts SET balance = balance + p_amount WHERE id = p_to;
  INSERT INTO transfers (from_id, to_id, amount) VALUES (p_from, p_to, p_amount);
END
$$;
