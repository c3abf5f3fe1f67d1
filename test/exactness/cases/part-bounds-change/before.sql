CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    unitsales int
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2006q1 PARTITION OF measurement FOR VALUES FROM ('2006-01-01') TO ('2006-03-01');
CREATE TABLE measurement_2006q2 PARTITION OF measurement FOR VALUES FROM ('2006-04-01') TO ('2006-07-01');
