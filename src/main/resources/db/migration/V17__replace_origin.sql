-- Search and replace writes its edits to history with their own origin (REPLACE), like transliteration.
alter table target_history drop constraint target_history_origin_check;
alter table target_history add constraint target_history_origin_check
    check (origin in ('EDITOR', 'TM', 'IMPORT', 'API', 'TRANSLITERATION', 'REPLACE'));
