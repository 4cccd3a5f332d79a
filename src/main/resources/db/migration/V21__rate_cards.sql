-- Issue #21, part 1: rate cards for the match analysis that goes to vendors with a quote.

-- A price per new word in a currency (ISO 4217), and the share of that price each match band costs, in percent.
-- One card per project (project_id) and at most one global default (project_id null); a project without a card of its
-- own is priced with the global one, and without that with the defaults in analysis/RateCard.
create table rate_card (
    id                  bigserial     primary key,
    project_id          bigint        unique references project (id) on delete cascade,
    price_per_word      numeric(12,4) not null check (price_per_word >= 0),
    currency            char(3)       not null,
    percent_context     smallint      not null check (percent_context between 0 and 100),
    percent_exact       smallint      not null check (percent_exact between 0 and 100),
    percent_95_99       smallint      not null check (percent_95_99 between 0 and 100),
    percent_85_94       smallint      not null check (percent_85_94 between 0 and 100),
    percent_75_84       smallint      not null check (percent_75_84 between 0 and 100),
    percent_50_74       smallint      not null check (percent_50_74 between 0 and 100),
    percent_none        smallint      not null check (percent_none between 0 and 100),
    percent_repetitions smallint      not null check (percent_repetitions between 0 and 100),
    updated_by          varchar(100)  not null,
    updated_at          timestamptz   not null
);
create unique index rate_card_one_global on rate_card ((project_id is null)) where project_id is null;

-- Projects whose manager lets translators and reviewers see the costs of an analysis (word counts they always see).
create table analysis_costs_shared (
    project_id bigint primary key references project (id) on delete cascade
);
