-- Documents whose confirmed targets still wait to be indexed in the TM. A large import commits its targets and
-- one row here together; the TM takes them after the commit (memory.TmBacklog), so the import's transaction does
-- not carry the TM's inverted index (measured: 3-4x the time of reading the file). A row is worked off a batch at a
-- time, each batch in its own transaction that moves the cursor on, so an interruption repeats nothing and loses
-- nothing; a node that starts, and every node once a minute, takes what another left.
create table tm_backlog (
    id               bigserial    primary key,
    document_id      bigint       not null references document (id) on delete cascade,
    target_locale    varchar(35)  not null,
    -- the targets of segments up to this id are indexed
    after_segment_id bigint       not null default 0,
    created_at       timestamptz  not null
);
