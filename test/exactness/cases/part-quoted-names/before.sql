CREATE TABLE "Events" (
    "Id" bigint NOT NULL,
    "OccurredOn" date NOT NULL,
    "Kind" text
) PARTITION BY RANGE ("OccurredOn");
CREATE TABLE "p 2024" PARTITION OF "Events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
