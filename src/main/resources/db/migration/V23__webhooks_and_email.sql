-- Webhooks (per project, or global when project_id is null), their outbox of deliveries and each attempt; an
-- optional e-mail address per user for notifications sent by mail.

alter table app_user add column email varchar(254);

create table webhook (
    id         bigserial primary key,
    project_id bigint        references project (id) on delete cascade,
    url        varchar(2000) not null,
    -- the HMAC key: needed as given to sign each body, so it is stored as given and never shown again
    secret     varchar(200)  not null,
    events     varchar(40)[] not null,
    created_at timestamptz   not null,
    created_by varchar(100)  not null
);
create index webhook_project on webhook (project_id);

-- The outbox: written in the transaction of the change, sent after commit by a background worker.
create table webhook_delivery (
    id              uuid primary key,
    webhook_id      bigint       not null references webhook (id) on delete cascade,
    event_type      varchar(40)  not null,
    body            text         not null,
    created_at      timestamptz  not null,
    -- a person asked to send it again: the day of retries counts from then
    replayed_at     timestamptz,
    -- null: nothing more to do (delivered, or given up after 24 hours)
    next_attempt_at timestamptz,
    -- attempts since it was stored or last replayed (the backoff's count); the log is webhook_attempt
    attempts        int          not null default 0,
    delivered_at    timestamptz,
    last_status     int,
    last_error      varchar(1000)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where next_attempt_at is not null;
create index webhook_delivery_log on webhook_delivery (webhook_id, created_at desc);

create table webhook_attempt (
    id           bigserial primary key,
    delivery_id  uuid          not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz   not null,
    status_code  int,
    duration_ms  int           not null,
    error        varchar(1000),
    replay       boolean       not null default false
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
