-- Users, their per-project and per-locale roles, personal access tokens; review comments and locale sign-off.

create table app_user (
    id            bigserial primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    -- a DelegatingPasswordEncoder value such as {bcrypt}$2a$10$...
    password_hash varchar(200) not null,
    admin         boolean      not null default false,
    enabled       boolean      not null default true,
    -- a demo user exists only in a database that was created in demo mode
    demo          boolean      not null default false,
    ui_language   varchar(35),
    created_at    timestamptz  not null
);
create unique index app_user_username_unique on app_user (lower(username));

create table role_grant (
    id         bigserial primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    -- null: every project (a manager for the whole workbench may create projects)
    project_id bigint      references project (id) on delete cascade,
    -- null: every target locale of the project
    locale     varchar(35),
    role       varchar(12) not null check (role in ('MANAGER', 'TRANSLATOR', 'REVIEWER')),
    granted_at timestamptz not null,
    granted_by varchar(100) not null
);
create unique index role_grant_unique on role_grant (user_id, coalesce(project_id, 0), coalesce(locale, ''), role);

create table access_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    -- SHA-256 of the token in hex: the token itself is shown once and never stored
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_token_user on access_token (user_id);

-- Who wrote the current text (not who last changed the state): nobody approves their own text.
alter table target add column text_by varchar(100);
update target set text_by = updated_by;
alter table target alter column text_by set not null;

create table target_comment (
    id         bigserial primary key,
    segment_id bigint       not null references segment (id) on delete cascade,
    locale     varchar(35)  not null,
    author     varchar(100) not null,
    created_at timestamptz  not null,
    body       text         not null check (length(body) between 1 and 4000),
    -- the reason given with a rejection, shown to the translator on the segment
    rejection  boolean      not null default false
);
create index target_comment_segment on target_comment (segment_id, locale, created_at);

create table locale_sign_off (
    document_id bigint       not null references document (id) on delete cascade,
    locale      varchar(35)  not null,
    signed_by   varchar(100) not null,
    signed_at   timestamptz  not null,
    primary key (document_id, locale)
);

create table sign_off_event (
    id          bigserial primary key,
    document_id bigint       not null references document (id) on delete cascade,
    locale      varchar(35)  not null,
    action      varchar(10)  not null check (action in ('SIGNED', 'WITHDRAWN', 'REVOKED')),
    -- for REVOKED: the change (segment, target version) that took the sign-off away
    segment_id  bigint,
    target_version int,
    acted_by    varchar(100) not null,
    acted_at    timestamptz  not null
);
create index sign_off_event_document on sign_off_event (document_id, locale, acted_at);
