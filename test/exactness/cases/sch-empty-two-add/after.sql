-- Two more empty schemas: added.
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE SCHEMA c;
