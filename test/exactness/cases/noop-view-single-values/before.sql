-- A view over a VALUES list, its only FROM item.
CREATE VIEW levels AS SELECT v.code, v.label FROM (VALUES (1, 'low'), (2, 'high')) AS v(code, label) WHERE v.code > 0;
