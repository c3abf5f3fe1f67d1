-- A loaded staging table is attached: its own PK and index (own names) are adopted as the partitions of the parent's, its CHECK (which ATTACH requires by name) merges.
CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    PRIMARY KEY (city_id, logdate),
    CONSTRAINT measurement_peaktemp_check CHECK (peaktemp BETWEEN -100 AND 100)
) PARTITION BY RANGE (logdate);
CREATE INDEX measurement_peaktemp_idx ON measurement (peaktemp);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE staging_march (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    CONSTRAINT staging_march_pk PRIMARY KEY (city_id, logdate),
    CONSTRAINT measurement_peaktemp_check CHECK (peaktemp BETWEEN -100 AND 100)
);
CREATE INDEX staging_march_peaktemp ON staging_march (peaktemp);
ALTER TABLE measurement ATTACH PARTITION staging_march FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
