-- Assignments (a person takes a step of a document locale, or of a whole project locale, by a due date) and the
-- in-app notifications with each person's choice of the kinds they get.

create table assignment (
    id                   bigserial primary key,
    project_id           bigint       not null references project (id) on delete cascade,
    -- null: every document of the project in that locale
    document_id          bigint       references document (id) on delete cascade,
    locale               varchar(35)  not null,
    step                 varchar(10)  not null check (step in ('TRANSLATE', 'REVIEW')),
    user_id              bigint       not null references app_user (id) on delete cascade,
    -- a calendar day: overdue from the day after it
    due                  date,
    created_at           timestamptz  not null,
    created_by           varchar(100) not null,
    -- the role the manager granted together with this assignment (there is no audit table: it is kept here)
    granted_role         varchar(12)  check (granted_role in ('TRANSLATOR', 'REVIEWER')),
    -- each reminder goes once per assignment; moving the due date sends them again
    due_soon_notified_at timestamptz,
    overdue_notified_at  timestamptz
);
create unique index assignment_unique on assignment (user_id, project_id, coalesce(document_id, 0), locale, step);
create index assignment_user on assignment (user_id);
create index assignment_project on assignment (project_id);

create table notification (
    id          bigserial primary key,
    user_id     bigint        not null references app_user (id) on delete cascade,
    kind        varchar(20)   not null,
    message_key varchar(100)  not null,
    arguments   text[]        not null,
    link        varchar(1000) not null,
    created_at  timestamptz   not null,
    read_at     timestamptz
);
create index notification_user on notification (user_id, created_at desc);
create index notification_unread on notification (user_id) where read_at is null;

-- The kinds a person turned off; every kind is on until then.
create table notification_muted (
    user_id bigint      not null references app_user (id) on delete cascade,
    kind    varchar(20) not null,
    primary key (user_id, kind)
);
