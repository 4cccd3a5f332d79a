-- Whether a project fills the NEW targets of a freshly imported document from 100 % TM matches, and in which
-- state (PretranslateOnImport); off unless a manager turns it on.
alter table project add column pretranslate varchar(12) not null default 'OFF'
    check (pretranslate in ('OFF', 'DRAFT', 'TRANSLATED'));
