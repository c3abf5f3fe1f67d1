-- The booking overlap protection is removed: the exclusion constraint, the generated range column, the check and btree_gist are dropped.
CREATE TABLE rooms (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE bookings (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, room_id integer NOT NULL REFERENCES rooms, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, status text NOT NULL DEFAULT 'confirmed');
