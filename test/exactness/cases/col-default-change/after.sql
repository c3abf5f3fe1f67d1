-- Defaults change and are added.
CREATE TABLE t (id integer, status text DEFAULT 'open', at timestamptz DEFAULT now());
