-- earthdistance is created with the cube extension it requires.
CREATE EXTENSION cube;
CREATE EXTENSION earthdistance;
