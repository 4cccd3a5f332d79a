-- A confirm's TM unit is written in the save's transaction (exact matches at once), its fuzzy-search postings after
-- the commit by memory/TmPostingQueue. Measured with 50 concurrent saves: the ~44 postings of a unit, each on another
-- leaf of the (term, length_unit) index, were 2.4 ms and 77 KB of WAL of every save, three quarters of PostgreSQL's
-- time; written a few hundred units at a time in term order, each leaf is touched once per batch.
alter table tm_unit add column posted boolean not null default true;
-- the queue: only the units still waiting are in this index
create index tm_unit_unposted on tm_unit (source_locale, target_locale, id) where not posted;
