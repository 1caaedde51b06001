-- Issue 10: the escalation ladder's letter rung issues a formal letter, numbered in a sequence of its own per Jalali
-- year (1405/1, 1405/2, …). The number is kept on the rung's row; the unique key keeps two instances from giving one
-- number twice (the second's transaction, with its rung, rolls back and is taken again by the next pass).
ALTER TABLE escalation ADD COLUMN letter_year INTEGER;
ALTER TABLE escalation ADD COLUMN letter_number INTEGER;
ALTER TABLE escalation ADD CONSTRAINT escalation_letter_uk UNIQUE (letter_year, letter_number);
