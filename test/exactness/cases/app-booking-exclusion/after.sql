-- Overlapping bookings are excluded: btree_gist, a generated tstzrange column, CHECK (starts_at < ends_at) and EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status <> 'cancelled').
CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE bookings (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, room_id integer NOT NULL REFERENCES rooms, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, status text NOT NULL DEFAULT 'confirmed',
  during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
  CONSTRAINT bookings_time_order CHECK (starts_at < ends_at),
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status <> 'cancelled'));
