-- No change: empty schemas, a schema comment, quoted names; the diff must be "no changes".
CREATE SCHEMA empty_one;
CREATE SCHEMA described;
COMMENT ON SCHEMA described IS 'with a comment';
CREATE SCHEMA "Quoted";
CREATE TABLE "Quoted"."T" ("Id" int);
