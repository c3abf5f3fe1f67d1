-- A new table whose names need quoting (spaces, case, reserved words).
CREATE TABLE "Order Line" ("Id" int PRIMARY KEY, "user" text, "select" int);
