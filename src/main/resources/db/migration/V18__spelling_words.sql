-- Words people added to a dictionary: per project and target locale, or global (project_id null, promoted by a
-- manager). The spelling check never reports them. Stored as typed; compared case-folded.
create table spelling_word (
    id          bigserial    primary key,
    project_id  bigint       references project (id) on delete cascade,
    locale      varchar(35)  not null,
    word        varchar(100) not null,
    folded      varchar(100) not null,
    added_by    varchar(100) not null,
    added_at    timestamptz  not null
);
create unique index spelling_word_once on spelling_word (coalesce(project_id, 0), locale, folded);
create index spelling_word_lookup on spelling_word (locale, project_id);

-- The learned lexicons of locales without a dictionary read the approved units of one target locale, in id order.
create index tm_unit_approved_by_locale on tm_unit (target_locale, id) where state = 'APPROVED';
