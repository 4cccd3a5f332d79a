-- Issue #20, parts 2 and 3: Russian (or another target locale) as a pivot beside the source, and linked script
-- variants (uz-Cyrl follows uz, kk-Latn follows kk).

-- The project's pivot locale: null means the default (ru when ru is a target locale of the project), 'none' turns
-- the pivot off, anything else names one of the project's target locales (checked by ProjectService).
alter table project add column pivot_locale varchar(35);

-- A derived locale that follows its base: when a base target is confirmed or approved, the derived target is
-- re-derived by our transliterator unless a person edited it since its last derivation. A locale is derived from at
-- most one base, and never is a base itself (checked by ProjectService), so derivations cannot chain or loop.
create table linked_locale (
    project_id  bigint      not null references project (id) on delete cascade,
    locale      varchar(35) not null,
    base_locale varchar(35) not null,
    primary key (project_id, locale),
    check (locale <> base_locale)
);

-- A derived target whose base changed after a person edited it: the new derivation is offered, never written over
-- their text. The row goes when the translator takes the new derivation.
create table linked_base_changed (
    segment_id   bigint      not null references segment (id) on delete cascade,
    locale       varchar(35) not null,
    base_version int         not null,
    marked_at    timestamptz not null,
    primary key (segment_id, locale)
);
