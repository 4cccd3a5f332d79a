-- The translation memory: one unit per confirmed or approved target (kept up to date as the target changes),
-- plus units imported from TMX files; shared by every project that translates between the same two locales.

create table tm_unit (
    id             bigserial primary key,
    source_locale  varchar(35)  not null,
    target_locale  varchar(35)  not null,
    -- inline text as parts, as in segment.source and target.content
    source         jsonb        not null,
    target         jsonb        not null,
    source_text    text         not null,
    target_text    text         not null,
    -- the words of each side case-folded (ICU), NFC, codes dropped, one space apart and padded with spaces:
    -- a concordance phrase is a substring of these
    source_key     text         not null,
    target_key     text         not null,
    -- 64-bit hashes: of the source exactly (text, codes, whitespace), for 100 % matches; of the plain text of
    -- the segments before and after it, for 101 % (context) matches; null where there is no such segment
    source_hash    bigint       not null,
    previous_hash  bigint,
    next_hash      bigint,
    state          varchar(12)  not null check (state in ('TRANSLATED', 'APPROVED')),
    origin         varchar(10)  not null check (origin in ('TARGET', 'TMX')),
    -- where the unit came from; kept when the project, document or segment is deleted unless the project's
    -- units are forgotten on purpose (TranslationMemory.forgetProject)
    segment_id     bigint       references segment (id) on delete set null,
    document_id    bigint       references document (id) on delete set null,
    project_id     bigint       references project (id) on delete set null,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(100) not null,
    unique (segment_id, target_locale)
);
create index tm_unit_exact on tm_unit (source_locale, target_locale, source_hash);
create index tm_unit_project on tm_unit (project_id);
create index tm_unit_document on tm_unit (document_id);

-- The inverted index: one row per distinct term of a unit. A term is a 64-bit hash of the language pair, the
-- side and the case-folded word (source words, source word pairs, target words), so one B-tree serves every
-- pair and a lookup reads only the postings of the few rarest terms of its query, by index alone.
-- length_unit packs the unit's source length in words (high bits) with its id (low 40 bits,
-- TmTerms.posting): a lookup reads only the units whose length could still give a match worth showing, as one
-- range of the index, and ranks them by shared terms per word, while the row stays two 8-byte columns.
create table tm_posting (
    term        bigint not null,
    length_unit bigint not null,
    primary key (term, length_unit)
);

-- How many units contain each term (document frequency), to pick a query's rarest terms. Counts stop being
-- kept exactly once a term is common (TmTerms.SATURATED): only the order of rare terms matters, and hot
-- rows would serialise concurrent saves.
create table tm_term_df (
    term bigint primary key,
    df   int    not null
);
