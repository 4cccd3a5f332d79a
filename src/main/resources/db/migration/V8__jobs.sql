-- The job list in the database, so that every node shows every job; the work itself runs on the node that
-- started it (its files stay there; sticky sessions bring the user back to it).
create table job (
    id          uuid         primary key,
    project_id  bigint       not null references project (id) on delete cascade,
    title       varchar(500) not null,
    state       varchar(12)  not null check (state in ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED')),
    done        bigint       not null default 0,
    total       bigint       not null default 0,
    message     text,
    node        varchar(64)  not null,
    started_by  varchar(100) not null,
    started_at  timestamptz  not null,
    -- a running job's node touches this regularly; a job nobody touches any more was cut off by a stopped node
    updated_at  timestamptz  not null,
    finished_at timestamptz
);
create index job_project on job (project_id, started_at desc);
create index job_running on job (updated_at) where state = 'RUNNING';
