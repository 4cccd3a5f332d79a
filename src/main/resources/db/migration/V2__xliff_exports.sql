-- Which version of each target went out in an XLIFF export, so that a returned file can tell a
-- vendor's change from a change made in Tarjima after the export (a conflict).
create table xliff_export (
    id           bigserial primary key,
    document_id  bigint       not null references document (id) on delete cascade,
    locale       varchar(35)  not null,
    xliff_version varchar(8)  not null,
    states       varchar(100) not null,
    unit_count   int          not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null
);
create index xliff_export_document on xliff_export (document_id, locale);

create table xliff_export_unit (
    export_id      bigint not null references xliff_export (id) on delete cascade,
    segment_id     bigint not null references segment (id) on delete cascade,
    target_version int    not null,
    primary key (export_id, segment_id)
);
