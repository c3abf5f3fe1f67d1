-- A numeric(12,2) domain with two named checks is created in schema money.
CREATE SCHEMA money;
CREATE DOMAIN money.amount AS numeric(12,2) CONSTRAINT amount_nonneg CHECK (VALUE >= 0) CONSTRAINT amount_max CHECK (VALUE < 1000000000);
