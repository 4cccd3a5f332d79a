-- QA checks: warnings marked as ignored (every mark kept, who, when and why), a per-document length limit and the
-- texts a project lets stay untranslated (names, brands).

create table qa_ignore (
    id             bigserial primary key,
    segment_id     bigint        not null references segment (id) on delete cascade,
    locale         varchar(35)   not null,
    check_id       varchar(40)   not null,
    -- the target as API markers when it was ignored: the mark holds while the target reads the same,
    -- so approving (a new version, the same text) keeps it and an edit brings the warning back
    target_text    text          not null,
    target_version int           not null,
    reason         varchar(1000) not null check (length(reason) between 1 and 1000),
    ignored_by     varchar(100)  not null,
    ignored_at     timestamptz   not null
);
create index qa_ignore_segment on qa_ignore (segment_id, locale);

create table qa_document_setting (
    document_id  bigint       primary key references document (id) on delete cascade,
    -- the most characters a target may have; null for no limit
    length_limit int          check (length_limit > 0),
    updated_by   varchar(100) not null,
    updated_at   timestamptz  not null
);

create table qa_identical_allowed (
    project_id bigint       not null references project (id) on delete cascade,
    text       varchar(500) not null,
    added_by   varchar(100) not null,
    added_at   timestamptz  not null,
    primary key (project_id, text)
);
