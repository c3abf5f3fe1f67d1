-- requires: 14
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
  product_id bigint NOT NULL REFERENCES product DEFERRABLE INITIALLY DEFERRED,
  qty integer NOT NULL DEFAULT 1 CHECK (qty > 0),
  note text COMPRESSION pglz,
  PRIMARY KEY (order_id, product_id)
);

CREATE INDEX product_attrs_idx ON product USING gin (attrs jsonb_path_ops);
CREATE INDEX orders_open_idx ON orders (placed_at DESC) INCLUDE (status) WHERE status <> 'shipped';
CREATE SEQUENCE invoice_no AS integer START 10000;
ALTER TABLE orders ADD COLUMN invoice integer DEFAULT nextval('invoice_no');
ALTER SEQUENCE invoice_no OWNED BY orders.invoice;
ALTER TABLE order_item SET (fillfactor = 80);
COMMENT ON COLUMN orders.status IS 'new, paid or shipped';
