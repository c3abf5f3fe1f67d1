-- A parent index built the lock-light way: CREATE INDEX ON ONLY the parent, one index per partition with its own name, ALTER INDEX ... ATTACH PARTITION.
CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    unitsales int
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
CREATE INDEX measurement_city_idx ON ONLY measurement (city_id);
CREATE INDEX m_2006_02_city ON measurement_y2006m02 (city_id);
CREATE INDEX m_2006_03_city ON measurement_y2006m03 (city_id);
ALTER INDEX measurement_city_idx ATTACH PARTITION m_2006_02_city;
ALTER INDEX measurement_city_idx ATTACH PARTITION m_2006_03_city;
