-- A function returning an enum type created after the enum.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION mood_of(score int) RETURNS mood LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN score < 0 THEN 'sad'::mood WHEN score = 0 THEN 'ok'::mood ELSE 'happy'::mood END $$;
