-- Quoted, mixed-case and spaced names: parent "Events", key "OccurredOn", partitions "p 2024" and "P-2025", a PK and an index.
CREATE TABLE "Events" (
    "Id" bigint NOT NULL,
    "OccurredOn" date NOT NULL,
    "Kind" text,
    CONSTRAINT "Events_PK" PRIMARY KEY ("Id", "OccurredOn")
) PARTITION BY RANGE ("OccurredOn");
CREATE TABLE "p 2024" PARTITION OF "Events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "P-2025" PARTITION OF "Events" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX "Events Kind" ON "Events" ("Kind");
