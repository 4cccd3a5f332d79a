-- Glossaries: one per project (created with its first term) and one global glossary every project also sees.
-- A term entry has one source term; its translations per target locale are approved terms or forbidden ones.
-- Forms are word sequences where a trailing * makes a word a stem ("партнёр*"); limits match GlossaryEntry.

create table glossary (
    id            bigserial primary key,
    -- null: the global glossary
    project_id    bigint       references project (id) on delete cascade,
    source_locale varchar(35)  not null,
    -- increases with every change of the glossary's terms: term matchers compiled from an older revision are stale
    revision      bigint       not null default 0,
    created_at    timestamptz  not null
);
create unique index glossary_one_per_project on glossary ((coalesce(project_id, 0)));
insert into glossary (project_id, source_locale, created_at) values (null, 'en', now());

create table glossary_entry (
    id               bigserial primary key,
    glossary_id      bigint        not null references glossary (id) on delete cascade,
    term             varchar(200)  not null check (length(term) > 0),
    -- the term case-folded with ICU (GlossaryService): one entry per term and glossary
    term_key         text          not null,
    forms            text[]        not null default '{}',
    notes            text          check (length(notes) <= 2000),
    do_not_translate boolean       not null default false,
    version          int           not null default 1 check (version > 0),
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null
);
create unique index glossary_entry_term_unique on glossary_entry (glossary_id, term_key);

create table glossary_translation (
    id        bigserial primary key,
    entry_id  bigint        not null references glossary_entry (id) on delete cascade,
    locale    varchar(35)   not null,
    -- the order in which the translations of a locale were given: the first approved one is offered first
    position  int           not null,
    term      varchar(200)  not null check (length(term) > 0),
    forms     text[]        not null default '{}',
    forbidden boolean       not null default false,
    notes     text          check (length(notes) <= 2000)
);
create index glossary_translation_entry on glossary_translation (entry_id, locale, position);
