-- A large import writes 100k segments and their targets in one transaction. Measured with COPY of a 100k-unit
-- document on this schema (docs/PERFORMANCE.md), two things cost more than they give:

-- 1. The repetitions' index on md5(source_text) cost ~0.75 s per 100k segments (the digest computed, a 32-character
--    key sorted into a btree); a hash index on the text itself ~0.4 s. Repetitions are found by equality only.
drop index segment_source_hash;
create index segment_source_hash on segment using hash (source_text);

-- 2. target.document_id repeats its segment's document (the per-document reads use it). Its own foreign key checked
--    the document row once per target (~0.3-0.5 s per 50k targets) and guarded nothing the segment's does not:
--    deleting a document deletes its segments, and they their targets. Where targets are written, the document comes
--    from the segment (a save) or is checked against the segments once at the end (an import).
alter table target drop constraint target_document_id_fkey;

-- 3. The original file of a document is kept compressed; PostgreSQL's own compression (pglz) took 0.55 s for the
--    42 MB of a 100k-unit XLIFF, lz4 0.15 s (a fifth larger). lz4 only where the server was built with it.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table document alter column original set compression lz4;
    end if;
end
$$;
