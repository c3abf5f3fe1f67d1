-- One partition has storage parameters (fillfactor, autovacuum) and a new partition is created WITH (fillfactor=70); the parent has none.
CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    unitsales int
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
ALTER TABLE measurement_y2006m03 SET (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.01);
CREATE TABLE measurement_y2006m04 PARTITION OF measurement FOR VALUES FROM ('2006-04-01') TO ('2006-05-01') WITH (fillfactor=70);
