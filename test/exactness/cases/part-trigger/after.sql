-- A row trigger on the parent with a plpgsql function: PostgreSQL clones it on every partition (the clones are internal to it).
CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    unitsales int,
    updated_at timestamptz
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
CREATE FUNCTION measurement_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER measurement_touch BEFORE INSERT OR UPDATE ON measurement FOR EACH ROW EXECUTE FUNCTION measurement_touch();
