-- requires: 14
-- SQL-standard bodies: transfer becomes a BEGIN ATOMIC procedure-like function (several statements, returns the transfer id), a RETURN-expression function computes a fee, and a BEGIN ATOMIC function with RETURNS TABLE lists an account's history.
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(14,2) NOT NULL DEFAULT 0 CHECK (balance >= 0));
CREATE TABLE transfers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, from_id integer NOT NULL REFERENCES accounts, to_id integer NOT NULL REFERENCES accounts, amount numeric(14,2) NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION transfer_fee(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN round(greatest(amount * 0.001, 0.50), 2);
CREATE FUNCTION transfer(p_from integer, p_to integer, p_amount numeric) RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  UPDATE accounts SET balance = balance - p_amount - transfer_fee(p_amount) WHERE id = p_from;
  UPDATE accounts SET balance = balance + p_amount WHERE id = p_to;
  INSERT INTO transfers (from_id, to_id, amount) VALUES (p_from, p_to, p_amount) RETURNING id;
END;
CREATE FUNCTION account_history(p_account integer) RETURNS TABLE (transfer_id bigint, direction text, amount numeric, at timestamptz) LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT t.id, CASE WHEN t.from_id = p_account THEN 'out' ELSE 'in' END, t.amount, t.at
    FROM transfers t WHERE p_account IN (t.from_id, t.to_id) ORDER BY t.at;
END;
