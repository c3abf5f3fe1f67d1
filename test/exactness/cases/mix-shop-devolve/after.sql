-- requires: 14
-- The shop evolution undone.
CREATE TABLE product (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku varchar(32) NOT NULL,
  name text NOT NULL,
  price_cents integer NOT NULL CHECK (price_cents >= 0),
  attrs jsonb NOT NULL DEFAULT '{}',
  CONSTRAINT product_sku_key UNIQUE (sku)
);
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  placed_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped'))
);
CREATE TABLE order_item (
  order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
  product_id bigint NOT NULL REFERENCES product,
  qty integer NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, product_id)
);
