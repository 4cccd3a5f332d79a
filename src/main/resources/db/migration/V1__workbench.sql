-- Projects, documents, segments, targets and their history: the foundation of the workbench.
-- States are stored as strings, never ordinals; every limit here matches a constant in the code.

create table project (
    id             bigserial primary key,
    name           varchar(200) not null,
    source_locale  varchar(35)  not null,
    -- plural forms are stored by CLDR category; record which CLDR release the project started on
    cldr_version   varchar(16)  not null,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null
);
create unique index project_name_unique on project (lower(name));

create table project_target_locale (
    project_id bigint      not null references project (id) on delete cascade,
    locale     varchar(35) not null,
    position   int         not null,
    primary key (project_id, locale)
);

create table document (
    id               bigserial primary key,
    project_id       bigint       not null references project (id) on delete cascade,
    name             varchar(255) not null,
    format           varchar(20)  not null,
    -- the uploaded file byte for byte, so it can be re-rendered and re-exported
    original         bytea        not null,
    original_charset varchar(40)  not null,
    segment_count    int          not null,
    word_count       int          not null,
    created_at       timestamptz  not null,
    created_by       varchar(100) not null
);
create index document_project on document (project_id);

create table segment (
    id          bigserial primary key,
    document_id bigint      not null references document (id) on delete cascade,
    -- 1-based, dense: segment n of a document has ordinal n, which makes page reads a range scan
    ordinal     int         not null,
    block_no    int         not null,
    block_type  varchar(20) not null,
    -- inline text as parts: [{"text":..}, {"code":"OPEN|CLOSE|ISOLATED","id":..,"type":..,"data":..}]
    source      jsonb       not null,
    source_text text        not null,
    word_count  int         not null,
    unique (document_id, ordinal)
);

-- A target row exists once someone wrote something; a missing row means state NEW, version 0.
create table target (
    id          bigserial primary key,
    segment_id  bigint       not null references segment (id) on delete cascade,
    document_id bigint       not null references document (id) on delete cascade,
    locale      varchar(35)  not null,
    content     jsonb        not null,
    text        text         not null,
    state       varchar(12)  not null check (state in ('NEW', 'DRAFT', 'TRANSLATED', 'REJECTED', 'APPROVED')),
    version     int          not null check (version > 0),
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    unique (segment_id, locale)
);
create index target_document_locale_state on target (document_id, locale, state);

create table target_history (
    id          bigserial primary key,
    target_id   bigint       not null references target (id) on delete cascade,
    version     int          not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(100) not null,
    origin      varchar(20)  not null check (origin in ('EDITOR', 'TM', 'IMPORT', 'API', 'TRANSLITERATION')),
    old_content jsonb,
    new_content jsonb        not null,
    old_text    text,
    new_text    text         not null,
    old_state   varchar(12)  not null,
    new_state   varchar(12)  not null,
    unique (target_id, version)
);
