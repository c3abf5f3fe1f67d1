-- Two more empty schemas: dropped.
CREATE SCHEMA a;
