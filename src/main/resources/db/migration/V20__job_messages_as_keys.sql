-- A job's title and outcome are shown in the language of whoever looks at the job list, not of whoever started the
-- job: they are kept as a bundle key with arguments ({"key": ..., "args": [...]}) and rendered when shown. Lines
-- written before this change keep their text, shown as it is, until they are forgotten an hour later.
alter table job
    alter column title type jsonb using jsonb_build_object('key', 'text.verbatim', 'args', jsonb_build_array(title)),
    alter column message type jsonb using case when message is null then null
        else jsonb_build_object('key', 'text.verbatim', 'args', jsonb_build_array(message)) end;
