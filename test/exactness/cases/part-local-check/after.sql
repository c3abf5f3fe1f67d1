-- A CHECK constraint exists only on one partition, not on the parent.
CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    unitsales int
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
ALTER TABLE measurement_y2006m02 ADD CONSTRAINT measurement_y2006m02_sales_check CHECK (unitsales < 1000000);
