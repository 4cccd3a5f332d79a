-- Notes that came with a segment (e.g. from a vendor's or developer's XLIFF), exported again as <note>,
-- and where the segment came from in a multi-file XLIFF (the <file original> it belonged to).
alter table segment add column notes jsonb not null default '[]'::jsonb;
alter table segment add column context varchar(255);
