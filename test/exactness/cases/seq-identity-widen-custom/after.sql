-- Reverse of seq-identity-narrow-custom: an identity column narrows with options that do not fit the new type: options change first.
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (MAXVALUE 10000000000 START WITH 5000000000));
