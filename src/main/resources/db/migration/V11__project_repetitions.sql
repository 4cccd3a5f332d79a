-- What confirming a segment does for the project's other segments with the same source (RepetitionsMode):
-- OFFER asks the translator (the default), APPLY confirms the same translation for them at once.
alter table project add column repetitions varchar(8) not null default 'OFFER'
    check (repetitions in ('OFFER', 'APPLY'));
