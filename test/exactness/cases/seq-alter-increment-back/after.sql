-- Reverse of seq-alter-increment: iNCREMENT changes.
CREATE SEQUENCE s;
