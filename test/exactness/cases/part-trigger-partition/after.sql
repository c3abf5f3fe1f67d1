-- A statement trigger only on one partition (an archived month refuses writes), not on the parent.
CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    unitsales int
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
CREATE FUNCTION measurement_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'partition % is frozen', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER measurement_y2006m02_frozen BEFORE INSERT OR UPDATE OR DELETE ON measurement_y2006m02 FOR EACH STATEMENT EXECUTE FUNCTION measurement_frozen();
