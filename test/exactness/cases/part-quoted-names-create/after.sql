-- Created from nothing with quoted names: a LIST key on a mixed-case column, a value with a quote in it, a partition in a quoted schema.
CREATE SCHEMA "Archive";
CREATE TABLE "Orders" (
    "OrderId" bigint NOT NULL,
    "Region" text NOT NULL,
    "Total" numeric(10,2)
) PARTITION BY LIST ("Region");
CREATE TABLE "Orders EU" PARTITION OF "Orders" FOR VALUES IN ('EU', 'Côte d''Ivoire');
CREATE TABLE "Archive"."Orders Old" PARTITION OF "Orders" FOR VALUES IN ('legacy');
